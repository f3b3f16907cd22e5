package org.fazhi.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The file types a government page may carry, recognised by their content (magic bytes, and for Office files the
 * package structure), so that a program renamed to 通知.pdf is refused whatever its name says.
 */
public enum FileType {

	PDF("application/pdf", "pdf", "PDF 文档"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "Word 文档"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "Excel 表格"),
	DOC("application/msword", "doc", "Word 文档（97-2003）"),
	XLS("application/vnd.ms-excel", "xls", "Excel 表格（97-2003）"),
	PNG("image/png", "png", "PNG 图片"),
	JPEG("image/jpeg", "jpg", "JPEG 图片");

	private final String contentType;

	private final String extension;

	private final String label;

	FileType(String contentType, String extension, String label) {
		this.contentType = contentType;
		this.extension = extension;
		this.label = label;
	}

	public String contentType() {
		return contentType;
	}

	public String extension() {
		return extension;
	}

	public String label() {
		return label;
	}

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 0x03, 0x04 };

	private static final byte[] OLE2_MAGIC = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
			0x1A, (byte) 0xE1 };

	/** The type the bytes really are, or empty for anything else (executables, scripts, archives, unknown). */
	public static Optional<FileType> detect(byte[] content) {
		if (startsWith(content, PDF_MAGIC)) {
			return Optional.of(PDF);
		}
		if (startsWith(content, PNG_MAGIC)) {
			return Optional.of(PNG);
		}
		if (startsWith(content, JPEG_MAGIC)) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, ZIP_MAGIC)) {
			return officeOpenXml(content);
		}
		if (startsWith(content, OLE2_MAGIC)) {
			return ole2(content);
		}
		return Optional.empty();
	}

	/**
	 * A zip is only a Word or Excel file when its [Content_Types].xml declares the main part of one, no part is a
	 * program, a script or a macro project, and Apache POI opens it as that document. A zip that merely carries a
	 * Word content-types part next to an .exe is refused.
	 */
	private static Optional<FileType> officeOpenXml(byte[] content) {
		Optional<FileType> declared = Optional.empty();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (isExecutablePart(entry.getName(), zip.readNBytes(2))) {
					return Optional.empty();
				}
				if ("[Content_Types].xml".equals(entry.getName())) {
					// the first two bytes were read above; the declaration is far from the start
					String types = new String(zip.readNBytes(1_000_000), StandardCharsets.UTF_8);
					declared = types.contains("wordprocessingml.document.main+xml") ? Optional.of(DOCX)
							: types.contains("spreadsheetml.sheet.main+xml") ? Optional.of(XLSX) : Optional.empty();
				}
			}
		}
		catch (IOException | RuntimeException e) {
			// a damaged archive is not an Office file
			return Optional.empty();
		}
		return declared.filter(type -> opensAs(type, content));
	}

	private static final java.util.Set<String> EXECUTABLE_EXTENSIONS = java.util.Set.of("exe", "dll", "com", "scr",
			"bat", "cmd", "msi", "ps1", "vbs", "vbe", "js", "jse", "wsf", "hta", "jar", "sh", "lnk", "cpl", "pif");

	/** A program or script by its name or its first bytes ("MZ"), or a VBA macro project (a .docx has none). */
	private static boolean isExecutablePart(String name, byte[] head) {
		String lower = name.toLowerCase(java.util.Locale.ROOT);
		String extension = lower.contains(".") ? lower.substring(lower.lastIndexOf('.') + 1) : "";
		return EXECUTABLE_EXTENSIONS.contains(extension) || lower.endsWith("vbaproject.bin")
				|| (head.length == 2 && head[0] == 'M' && head[1] == 'Z');
	}

	private static boolean opensAs(FileType type, byte[] content) {
		try (var pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(new ByteArrayInputStream(content))) {
			if (type == DOCX) {
				new org.apache.poi.xwpf.usermodel.XWPFDocument(pkg).getParagraphs();
			}
			else {
				new org.apache.poi.xssf.usermodel.XSSFWorkbook(pkg).getNumberOfSheets();
			}
			return true;
		}
		catch (Exception | LinkageError notThatDocument) {
			return false;
		}
	}

	/** {@code name} with this type's extension in place of whatever it claimed ("报告.html" → "报告.pdf"). */
	public String properName(String name) {
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		String claimed = dot > 0 ? name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT) : "";
		if (claimed.equals(extension) || (this == JPEG && claimed.equals("jpeg"))) {
			return name;
		}
		return base + "." + extension;
	}

	/** OLE2 compound files: Word has a WordDocument stream, Excel a Workbook (or old Book) stream. */
	private static Optional<FileType> ole2(byte[] content) {
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
			var root = fs.getRoot();
			if (root.hasEntry("WordDocument")) {
				return Optional.of(DOC);
			}
			if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
				return Optional.of(XLS);
			}
		}
		catch (IOException | RuntimeException e) {
			// not a readable compound file
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (content[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}
}
