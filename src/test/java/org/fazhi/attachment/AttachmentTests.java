package org.fazhi.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.fazhi.FazhiTest;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.office.Spreadsheets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

@FazhiTest
class AttachmentTests {

	@Autowired
	AttachmentService attachments;

	@Autowired
	OrganizationService organization;

	@Autowired
	MessageSource messages;

	OrgId org() {
		return organization.byCreditCode("115001070093712808").orElseThrow().id();
	}

	@Test
	void aRenamedExecutableIsRefusedWhateverItsName() {
		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';
		assertThatThrownBy(() -> attachments.store(org(), "关于开展培训的通知.pdf", exe, "gongkai"))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(
					messages.getMessage(e.messageKey(), e.arguments(), Locale.SIMPLIFIED_CHINESE))
				.contains("关于开展培训的通知.pdf").contains("改了扩展名的程序"));
	}

	@Test
	void aZipThatIsNotAnOfficeFileIsRefused() throws Exception {
		var out = new ByteArrayOutputStream();
		try (var zip = new java.util.zip.ZipOutputStream(out)) {
			zip.putNextEntry(new java.util.zip.ZipEntry("evil.exe"));
			zip.write("MZ".getBytes(StandardCharsets.US_ASCII));
		}
		assertThatThrownBy(() -> attachments.store(org(), "预算表.xlsx", out.toByteArray(), "gongkai"))
			.hasMessageContaining("attachment.type");
	}

	@Test
	void officeFilesArRecognisedByTheirPackageAndTheirTextCanBeRead() throws Exception {
		byte[] xlsx = Spreadsheets.write("表", java.util.List.of("姓名"), java.util.List.of(java.util.List.of("测试内容")));
		StoredFile stored = attachments.store(org(), "名单.pdf", xlsx, "gongkai");
		assertThat(stored.type()).isEqualTo(FileType.XLSX);
		assertThat(attachments.text(stored)).hasValueSatisfying(t -> assertThat(t).contains("测试内容"));

		var doc = new ByteArrayOutputStream();
		try (XWPFDocument d = new XWPFDocument()) {
			d.createParagraph().createRun().setText("通知正文");
			d.write(doc);
		}
		assertThat(FileType.detect(doc.toByteArray())).contains(FileType.DOCX);
		assertThat(FileType.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains(FileType.PDF);
		assertThat(FileType.detect(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0 }))
			.contains(FileType.PNG);
		assertThat(FileType.detect(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }))
			.contains(FileType.JPEG);
	}

	@Test
	void filesAboveTheSizeLimitAreRefused() {
		byte[] big = new byte[21 * 1024 * 1024];
		System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
		assertThatThrownBy(() -> attachments.store(org(), "大文件.pdf", big, "gongkai"))
			.hasMessageContaining("attachment.too-large");
	}

	private static byte[] zip(String[] names, byte[][] contents) throws Exception {
		var out = new ByteArrayOutputStream();
		try (var zip = new java.util.zip.ZipOutputStream(out)) {
			for (int i = 0; i < names.length; i++) {
				zip.putNextEntry(new java.util.zip.ZipEntry(names[i]));
				zip.write(contents[i]);
			}
		}
		return out.toByteArray();
	}

	private static final String WORD_TYPES = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
			+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

	@Test
	void aZipWithAWordContentTypesPartAndAProgramIsNotAWordFile() throws Exception {
		byte[] fake = zip(new String[] { "[Content_Types].xml", "setup.exe" },
				new byte[][] { WORD_TYPES.getBytes(StandardCharsets.UTF_8), "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1) });
		assertThatThrownBy(() -> attachments.store(org(), "会议纪要.docx", fake, "gongkai"))
			.hasMessageContaining("attachment.type");
		// nor is it one when the program hides under a harmless name
		byte[] hidden = zip(new String[] { "[Content_Types].xml", "word/media/image1.png" },
				new byte[][] { WORD_TYPES.getBytes(StandardCharsets.UTF_8), "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1) });
		assertThatThrownBy(() -> attachments.store(org(), "会议纪要.docx", hidden, "gongkai"))
			.hasMessageContaining("attachment.type");
	}

	@Test
	void aWordContentTypesPartAloneIsNotADocumentPoiMustOpenIt() throws Exception {
		byte[] shell = zip(new String[] { "[Content_Types].xml" }, new byte[][] { WORD_TYPES.getBytes(StandardCharsets.UTF_8) });
		assertThatThrownBy(() -> attachments.store(org(), "空壳.docx", shell, "gongkai"))
			.hasMessageContaining("attachment.type");
	}

	@Test
	void aPdfNamedLikeAPageIsStoredAndServedUnderAPdfName() throws Exception {
		byte[] pdf = "%PDF-1.4\n<html><script>alert(document.cookie)</script></html>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
		StoredFile stored = attachments.store(org(), "report.html", pdf, "gongkai");
		assertThat(stored.type()).isEqualTo(FileType.PDF);
		assertThat(stored.originalName()).isEqualTo("report.pdf");
		assertThat(FileType.PDF.properName("通知.PDF")).isEqualTo("通知.PDF");
		assertThat(FileType.JPEG.properName("照片.jpeg")).isEqualTo("照片.jpeg");
		assertThat(FileType.DOCX.properName("纪要")).isEqualTo("纪要.docx");
	}
}
