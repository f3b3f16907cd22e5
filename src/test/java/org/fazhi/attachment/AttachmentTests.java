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
}
