package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.fazhi.FazhiTest;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.OrgId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The personal-data scan before publishing reads the text of PDF attachments; a PDF without text needs a person. */
@FazhiTest
class PdfAttachmentScanTests {

	@Autowired
	DisclosureService disclosure;

	@Autowired
	OrganizationService organization;

	OrgId org() {
		return organization.byCreditCode(DisclosurePortalTests.HANGU).orElseThrow().id();
	}

	/** A one-page PDF with the line of text, or without any text (like a scanned page) when null. */
	static byte[] pdf(@Nullable String line) throws Exception {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			doc.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
				if (line != null) {
					content.beginText();
					content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
					content.newLineAtOffset(72, 700);
					content.showText(line);
					content.endText();
				}
				else {
					content.addRect(72, 600, 200, 100); // drawn, not written: nothing to extract
					content.fill();
				}
			}
			doc.save(out);
			return out.toByteArray();
		}
	}

	List<PersonalDataHit> submitWith(String title, byte[] pdf) {
		Document d = disclosure.create(org(), "gongkai", disclosure.column(org(), "zwdt").id(),
				new Document.Metadata(title, "<p>正文不含个人信息。</p>", "无", "综合政务", "通知", "含谷镇",
						LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), null, null));
		disclosure.attach(org(), "gongkai", d.id(), "名单.pdf", pdf);
		return disclosure.submit(org(), "gongkai", d.id());
	}

	@Test
	void anIdNumberInAPdfAttachmentIsFound() throws Exception {
		List<PersonalDataHit> hits = submitWith("PDF 附件检查一", pdf("Applicant ID 11010519491231002X, tel 0230000000"));
		assertThat(hits).extracting(PersonalDataHit::kind).containsExactly(PersonalData.Kind.ID_NUMBER);
		assertThat(hits.get(0).place()).isEqualTo("附件 名单.pdf");
		assertThat(hits.get(0).masked()).doesNotContain("19491231").startsWith("110").endsWith("002X");
	}

	@Test
	void aPdfWithoutPersonalDataGivesNoHit() throws Exception {
		assertThat(submitWith("PDF 附件检查二", pdf("Budget 2026: 1234567.89 yuan"))).isEmpty();
	}

	@Test
	void anImageOnlyPdfStaysForTheReviewerToConfirm() throws Exception {
		List<PersonalDataHit> hits = submitWith("PDF 附件检查三", pdf(null));
		assertThat(hits).extracting(PersonalDataHit::kind).containsExactly(PersonalData.Kind.UNREADABLE);
		assertThat(hits.get(0).place()).isEqualTo("附件 名单.pdf");
	}
}
