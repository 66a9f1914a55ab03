package org.tiaojie.casework.reply;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.tiaojie.casework.shared.BaseEntity;

/**
 * A reply to the 12345 platform about one order, as sent: 阶段性答复 or 办结反馈, its words, who
 * wrote it for which organisation, and when. Never changed; the case's timeline has a line for it.
 */
@Entity
@Immutable
@Table(name = "platform_reply")
public class PlatformReply extends BaseEntity {

    @Column(name = "dispute_id", nullable = false, updatable = false)
    private long disputeId;

    @Column(name = "final_reply", nullable = false, updatable = false)
    private boolean last;

    @Column(name = "content", nullable = false, length = 2000, updatable = false)
    private String content;

    @Column(name = "replied_at", nullable = false, updatable = false)
    private Instant repliedAt;

    @Column(name = "replied_by", nullable = false, length = 40, updatable = false)
    private String repliedBy;

    @Column(name = "replied_by_name", nullable = false, length = 50, updatable = false)
    private String repliedByName;

    @Column(name = "organisation_name", length = 100, updatable = false)
    private String organisationName;

    protected PlatformReply() {
    }

    PlatformReply(long disputeId, boolean last, String content, Instant repliedAt, String repliedBy, String repliedByName,
            String organisationName) {
        this.disputeId = disputeId;
        this.last = last;
        this.content = content;
        this.repliedAt = repliedAt;
        this.repliedBy = repliedBy;
        this.repliedByName = repliedByName;
        this.organisationName = organisationName;
    }

    public long getDisputeId() {
        return disputeId;
    }

    public boolean isFinal() {
        return last;
    }

    public String getContent() {
        return content;
    }

    public Instant getRepliedAt() {
        return repliedAt;
    }

    public String getRepliedByName() {
        return repliedByName;
    }

    public String getOrganisationName() {
        return organisationName;
    }
}
