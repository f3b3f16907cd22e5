package org.fazhi.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.hssf.extractor.ExcelExtractor;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.fazhi.audit.AuditRecord;
import org.fazhi.audit.AuditTrail;
import org.fazhi.attachment.persistence.StoredFileRepository;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Stores uploaded files after checking what they are by content. The bytes go to the local disk under
 * {@code fazhi.attachment.root} (default {@code ./data/files}), one directory per org and month; the record
 * keeps the detected type, size and SHA-256.
 */
@Service
@Transactional
public class AttachmentService {

	private final StoredFileRepository files;

	private final AuditTrail audit;

	private final Clock clock;

	private final Path root;

	private final long maxBytes;

	AttachmentService(StoredFileRepository files, AuditTrail audit, Clock clock,
			@Value("${fazhi.attachment.root:./data/files}") String root,
			@Value("${fazhi.attachment.max-size:20MB}") DataSize maxSize) {
		this.files = files;
		this.audit = audit;
		this.clock = clock;
		this.root = Path.of(root).toAbsolutePath().normalize();
		this.maxBytes = maxSize.toBytes();
	}

	/**
	 * Checks and stores a file. Refused with a zh-CN message: empty, larger than the limit, or content that is
	 * not one of {@link FileType} (whatever the name claims). The name's extension is set to the detected type.
	 */
	public StoredFile store(OrgId org, String originalName, byte[] content, String storedBy) {
		if (content.length == 0) {
			throw new RuleViolation("attachment.empty", cleanName(originalName));
		}
		if (content.length > maxBytes) {
			throw new RuleViolation("attachment.too-large", cleanName(originalName), DataSize.ofBytes(maxBytes).toMegabytes());
		}
		FileType type = FileType.detect(content).orElseThrow(() -> new RuleViolation("attachment.type", cleanName(originalName)));
		// the stored and served name ends as the content really is: a PDF named report.html is kept as report.pdf,
		// so no browser or desktop ever opens it as a page or a program
		String name = type.properName(cleanName(originalName));
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
		String key = org.value() + "/" + today.getYear() + "-" + String.format("%02d", today.getMonthValue()) + "/"
				+ UUID.randomUUID() + "." + type.extension();
		Path target = root.resolve(key);
		try {
			Files.createDirectories(target.getParent());
			Path temp = Files.createTempFile(target.getParent(), "upload-", ".part");
			Files.write(temp, content);
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot store attachment", e);
		}
		StoredFile file = files.save(new StoredFile(org, name, type, content.length, sha256(content), key, storedBy,
				clock.instant()));
		audit.record(AuditRecord.of("attachment.stored", "attachment", file.id(), org,
				name + "（" + type.label() + "，" + file.sizeLabel() + "）"));
		return file;
	}

	@Transactional(readOnly = true)
	public StoredFile file(OrgId org, long id) {
		return files.findById(id).filter(f -> f.org().equals(org)).orElseThrow(() -> new NotFound("file " + id));
	}

	@Transactional(readOnly = true)
	public Optional<StoredFile> find(long id) {
		return files.findById(id);
	}

	/** The bytes of a file; empty when the disk no longer has them (the portal inspection reports that). */
	public Optional<byte[]> content(StoredFile file) {
		Path path = root.resolve(file.storageKey());
		if (!Files.isRegularFile(path)) {
			return Optional.empty();
		}
		try {
			return Optional.of(Files.readAllBytes(path));
		}
		catch (IOException e) {
			return Optional.empty();
		}
	}

	public boolean present(StoredFile file) {
		return Files.isRegularFile(root.resolve(file.storageKey()));
	}

	/**
	 * The text of Word, Excel and PDF files, for scans such as the personal-data check before publishing; empty for
	 * images and for a PDF without a text layer (a scan), whose text this build cannot read — the caller must have a
	 * person look at them.
	 */
	@Transactional(readOnly = true)
	public Optional<String> text(StoredFile file) {
		Optional<byte[]> bytes = content(file);
		if (bytes.isEmpty()) {
			return Optional.empty();
		}
		try (var in = new ByteArrayInputStream(bytes.get())) {
			return switch (file.type()) {
				case DOCX -> {
					try (var doc = new XWPFDocument(in); var ex = new XWPFWordExtractor(doc)) {
						yield Optional.of(ex.getText());
					}
				}
				case XLSX -> {
					try (var wb = new XSSFWorkbook(in); var ex = new XSSFExcelExtractor(wb)) {
						yield Optional.of(ex.getText());
					}
				}
				case XLS -> {
					try (var wb = new HSSFWorkbook(in); var ex = new ExcelExtractor(wb)) {
						yield Optional.of(ex.getText());
					}
				}
				case PDF -> {
					try (var pdf = Loader.loadPDF(bytes.get())) {
						String t = new PDFTextStripper().getText(pdf);
						// a scanned page has no text layer: only whitespace and page breaks come out
						yield t.isBlank() ? Optional.<String>empty() : Optional.of(t);
					}
				}
				default -> Optional.empty();
			};
		}
		catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

	private static String cleanName(String name) {
		String n = name == null ? "" : name.replace('\\', '/');
		n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").trim();
		if (n.isEmpty()) {
			n = "附件";
		}
		return n.length() > 200 ? n.substring(n.length() - 200) : n;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
