package org.fazhi.shared.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers every indexed module uses by name: {@value #CHINESE} (SmartChineseAnalyzer word segmentation, for
 * precision) and {@value #CJK_BIGRAM} (overlapping two-character tokens, for recall when the segmenter splits a
 * word differently, e.g. 信访). Configured in {@code hibernate.search.backend.analysis.configurer}.
 */
public class ChineseAnalysis implements LuceneAnalysisConfigurer {

	public static final String CHINESE = "chinese";

	public static final String CJK_BIGRAM = "cjk_bigram";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(CHINESE).instance(new SmartChineseAnalyzer());
		context.analyzer(CJK_BIGRAM).instance(new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new CJKWidthFilter(source);
				stream = new LowerCaseFilter(stream);
				stream = new CJKBigramFilter(stream);
				return new TokenStreamComponents(source, stream);
			}
		});
	}
}
