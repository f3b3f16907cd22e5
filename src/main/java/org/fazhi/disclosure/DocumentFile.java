package org.fazhi.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/** An attachment of a document: a stored file (attachment module) under the name the page shows. */
@Entity
@Table(name = "disclosure_document_file")
public class DocumentFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "document_id")
	private long documentId;

	@Column(name = "file_id")
	private long fileId;

	@Size(max = 255)
	private String name;

	private int position;

	protected DocumentFile() {
	}

	DocumentFile(long documentId, long fileId, String name, int position) {
		this.documentId = documentId;
		this.fileId = fileId;
		this.name = name;
		this.position = position;
	}

	/** A file reviewed with a 更新稿 goes with its text into the published item. */
	void movedTo(long documentId, int position) {
		this.documentId = documentId;
		this.position = position;
	}

	public long id() {
		return id;
	}

	public long documentId() {
		return documentId;
	}

	public long fileId() {
		return fileId;
	}

	public String name() {
		return name;
	}

	public int position() {
		return position;
	}
}
