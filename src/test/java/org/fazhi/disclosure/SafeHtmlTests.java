package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeHtmlTests {

	/** A list of classic XSS vectors (OWASP cheat-sheet style); none may survive in any executable form. */
	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
			"<a href=\"javascript:alert(1)\">点击</a>", "<a href=\"JaVaScRiPt:alert(1)\">点击</a>",
			"<iframe src=\"https://evil.example/\"></iframe>", "<svg onload=alert(1)>", "<body onload=alert(1)>",
			"<div style=\"background:url(javascript:alert(1))\">x</div>", "<p onclick=\"alert(1)\">段落</p>",
			"<object data=\"x.swf\"></object>", "<embed src=\"x.swf\">", "<form action=\"/x\"><input name=a></form>",
			"<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
			"<img src=\"jav&#x09;ascript:alert(1)\">", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
			"<scr<script>ipt>alert(1)</script>", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
			"<link rel=stylesheet href=\"javascript:alert(1)\">", "<base href=\"javascript:alert(1)//\">",
			"<details open ontoggle=alert(1)>" })
	void dropsScriptsHandlersAndForeignFrames(String payload) {
		String clean = SafeHtml.clean("<p>正文</p>" + payload).toLowerCase();
		assertThat(clean).doesNotContain("<script", "javascript:", "onerror", "onload", "onclick", "ontoggle",
				"<iframe", "<object", "<embed", "<form", "<svg", "style=", "<meta", "<base", "<link", "data:text");
		assertThat(clean).contains("<p>正文</p>");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<p>段落</p>", "<table><tbody><tr><td>表格</td></tr></tbody></table>",
			"<a href=\"/disclosure/doc/1\">相关链接</a>", "<ul><li>列表</li></ul>" })
	void keepsOrdinaryFormatting(String html) {
		assertThat(SafeHtml.clean(html)).isEqualTo(html);
	}

	@ParameterizedTest
	@ValueSource(strings = { "<h1>标题</h1>" })
	void demotesH1BecauseThePageTitleIsTheOnlyOne(String html) {
		assertThat(SafeHtml.clean(html)).isEqualTo("<h2>标题</h2>");
	}
}
