package org.tiaojie.casework.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.tiaojie.casework.shared.BaseEntity;
import org.tiaojie.casework.shared.BlindIndexed;
import org.tiaojie.casework.shared.BlindIndexing;
import org.tiaojie.casework.shared.DataCipher;
import org.tiaojie.casework.shared.EncryptedText;

/**
 * A further call or petition about a dispute already registered (并单): it stays visible on the
 * dispute as a contact of its own and counts as a repeat for supervision.
 */
@Entity
@Immutable
@EntityListeners(BlindIndexing.class)
@Table(name = "dispute_contact")
public class DisputeContact extends BaseEntity implements BlindIndexed {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dispute_id", nullable = false, updatable = false)
    private Dispute dispute;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 30, updatable = false)
    private Channel channel;

    @Column(name = "external_ref", length = 60, updatable = false)
    private String externalRef;

    @Column(name = "caller_name", length = 50, updatable = false)
    private String callerName;

    @Convert(converter = EncryptedText.class)
    @Column(name = "caller_phone", length = 100, updatable = false)
    private String callerPhone;

    @Column(name = "caller_phone_key", length = 32, updatable = false)
    private String callerPhoneKey;

    @Column(name = "content", nullable = false, length = 4000, updatable = false)
    private String content;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, length = 40, updatable = false)
    private String actor;

    protected DisputeContact() {
    }

    DisputeContact(Dispute dispute, Channel channel, String externalRef, String callerName, String callerPhone,
            String content, Instant at, String actor) {
        this.dispute = dispute;
        this.channel = channel;
        this.externalRef = externalRef;
        this.callerName = callerName;
        this.callerPhone = callerPhone;
        this.content = content;
        this.at = at;
        this.actor = actor;
    }

    @Override
    public void reindex(DataCipher cipher) {
        callerPhoneKey = cipher.index(callerPhone);
    }

    public Channel getChannel() {
        return channel;
    }

    public String getExternalRef() {
        return externalRef;
    }

    public String getCallerName() {
        return callerName;
    }

    public String getCallerPhone() {
        return callerPhone;
    }

    public String getContent() {
        return content;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }
}
