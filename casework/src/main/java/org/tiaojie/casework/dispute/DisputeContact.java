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
import org.tiaojie.casework.shared.BaseEntity;
import org.tiaojie.casework.shared.BlindIndexed;
import org.tiaojie.casework.shared.BlindIndexing;
import org.tiaojie.casework.shared.DataCipher;
import org.tiaojie.casework.shared.EncryptedText;

/**
 * A further call or petition about a dispute already registered (并单): it stays visible on the
 * dispute as a contact of its own and counts as a repeat for supervision. A 12345 order merged so keeps
 * its order number, what it was sent with and when its reply is due; merged by the repeat-call rule or by
 * a person, it can be split off into a case of its own, which is the only change a contact ever sees.
 */
@Entity
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

    @Column(name = "payload_sha256", length = 64, updatable = false)
    private String payloadSha256;

    @Column(name = "reply_due_at", updatable = false)
    private Instant replyDueAt;

    @Column(name = "by_rule", nullable = false, updatable = false)
    private boolean byRule;

    @Column(name = "split_to")
    private Long splitTo;

    @Column(name = "split_at")
    private Instant splitAt;

    @Column(name = "split_by", length = 40)
    private String splitBy;

    @jakarta.persistence.Version
    @Column(name = "version", nullable = false)
    private long version;

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

    /** What a merged platform order brings besides the call: its content's digest, reply due time, how it was merged. */
    record Order(String payloadSha256, Instant replyDueAt, boolean byRule) {
    }

    DisputeContact(Dispute dispute, Channel channel, String externalRef, String callerName, String callerPhone,
            String content, Instant at, String actor, Order order) {
        this(dispute, channel, externalRef, callerName, callerPhone, content, at, actor);
        this.payloadSha256 = order.payloadSha256();
        this.replyDueAt = order.replyDueAt();
        this.byRule = order.byRule();
    }

    void splitTo(long disputeId, Instant now, String by) {
        if (splitTo != null) {
            throw new org.tiaojie.casework.shared.CaseworkException("contact.split.already");
        }
        this.splitTo = disputeId;
        this.splitAt = now;
        this.splitBy = by;
    }

    /** Whether this contact was split off into a case of its own. */
    public boolean isSplit() {
        return splitTo != null;
    }

    public Long getSplitTo() {
        return splitTo;
    }

    public Instant getSplitAt() {
        return splitAt;
    }

    public String getPayloadSha256() {
        return payloadSha256;
    }

    public Instant getReplyDueAt() {
        return replyDueAt;
    }

    public boolean isByRule() {
        return byRule;
    }

    public Dispute getDispute() {
        return dispute;
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
