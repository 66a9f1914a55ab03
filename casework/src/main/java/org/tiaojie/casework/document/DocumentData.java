package org.tiaojie.casework.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** The PDF of one document version, read only when somebody opens or downloads it. */
@Entity
@Immutable
@Table(name = "case_document_data")
class DocumentData {

    @Id
    @Column(name = "document_id", nullable = false, updatable = false)
    private Long documentId;

    @Column(name = "data", nullable = false, updatable = false)
    private byte[] data;

    protected DocumentData() {
    }

    DocumentData(long documentId, byte[] data) {
        this.documentId = documentId;
        this.data = data;
    }

    byte[] data() {
        return data;
    }
}
