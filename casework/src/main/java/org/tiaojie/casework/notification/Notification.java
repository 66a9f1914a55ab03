package org.tiaojie.casework.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.tiaojie.casework.shared.BaseEntity;

/**
 * One message in a user's inbox. It keeps a message key and its arguments rather than text, so
 * each reader sees it in their own language.
 */
@Entity
@Table(name = "notification")
public class Notification extends BaseEntity {

    static final String SEPARATOR = "\u001f";

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private long recipientId;

    @Column(name = "message_key", nullable = false, length = 80, updatable = false)
    private String messageKey;

    @Column(name = "message_args", length = 1000, updatable = false)
    private String messageArgs;

    @Column(name = "dispute_id", updatable = false)
    private Long disputeId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    /** Kept for the recipient's day summary: out of the inbox and its count until released. */
    @Column(name = "held", nullable = false)
    private boolean held;

    protected Notification() {
    }

    Notification(long recipientId, String messageKey, List<String> args, Long disputeId, Instant createdAt,
            boolean held) {
        this.held = held;
        this.recipientId = recipientId;
        this.messageKey = messageKey;
        this.messageArgs = args.isEmpty() ? null : String.join(SEPARATOR, args);
        this.disputeId = disputeId;
        this.createdAt = createdAt;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] args() {
        return messageArgs == null ? new Object[0] : Arrays.stream(messageArgs.split(SEPARATOR, -1)).toArray();
    }

    public Long getDisputeId() {
        return disputeId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isHeld() {
        return held;
    }

    public long getRecipientId() {
        return recipientId;
    }
}
