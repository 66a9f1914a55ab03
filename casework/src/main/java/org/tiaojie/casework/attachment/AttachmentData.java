package org.tiaojie.casework.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** The bytes of one attachment, read only when somebody opens or downloads it. */
@Entity
@Immutable
@Table(name = "case_attachment_data")
class AttachmentData {

    @Id
    @Column(name = "attachment_id", nullable = false, updatable = false)
    private Long attachmentId;

    @Column(name = "data", nullable = false, updatable = false)
    private byte[] data;

    protected AttachmentData() {
    }

    AttachmentData(long attachmentId, byte[] data) {
        this.attachmentId = attachmentId;
        this.data = data;
    }

    byte[] data() {
        return data;
    }
}
