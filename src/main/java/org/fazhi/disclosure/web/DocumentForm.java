package org.fazhi.disclosure.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.fazhi.disclosure.Document;
import org.fazhi.disclosure.SafeHtml;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The console form of a document's text and metadata. The body may be plain paragraphs or HTML (sanitized). */
public record DocumentForm(@NotNull(message = "{disclosure.form.column}") @Nullable Long columnId,
		@NotBlank(message = "{disclosure.title.required}") @Size(max = 300, message = "{disclosure.title.length}") String title,
		@NotBlank(message = "{disclosure.form.body}") @Size(max = 90000, message = "{disclosure.form.body-length}") String body,
		@Size(max = 100) @Nullable String docNumber, @NotBlank(message = "{disclosure.form.theme}") String theme,
		@NotBlank(message = "{disclosure.form.genre}") String genre,
		@NotBlank(message = "{disclosure.publisher.required}") @Size(max = 100) String publisher,
		@NotNull(message = "{disclosure.form.written}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate writtenOn,
		@NotNull(message = "{disclosure.form.formed}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate formedOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate eventOn, @Nullable Long interpretsId,
		@Nullable String reason) {

	static DocumentForm empty(String publisher) {
		return new DocumentForm(null, "", "", "无", "", "", publisher, null, null, null, null, null);
	}

	static DocumentForm of(Document d) {
		return new DocumentForm(d.columnId(), d.title(), d.bodyHtml(), d.docNumber(), d.theme(), d.genre(),
				d.publisher(), d.writtenOn(), d.formedOn(), d.eventOn(), d.interpretsId(), null);
	}

	Document.Metadata metadata() {
		String html = body.strip().startsWith("<") ? body : SafeHtml.fromPlainText(body);
		return new Document.Metadata(title, html, docNumber == null ? "" : docNumber, theme, genre, publisher,
				writtenOn, formedOn, eventOn, interpretsId);
	}
}
