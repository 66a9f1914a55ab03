package org.tiaojie.casework.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.tiaojie.casework.shared.CaseworkException;

/** The 保管期限 of one record type: months from the day the record ended, or none (永久). */
@Entity
@Table(name = "retention_period")
public class RetentionPeriod {

    /** Longest period that can be set: a hundred years (beyond it, 永久). */
    public static final int MAX_MONTHS = 1200;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "record_type", length = 30)
    private RecordType recordType;

    @Column(name = "months")
    private Integer months;

    @Column(name = "changed_by", length = 40)
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected RetentionPeriod() {
    }

    /** Sets the period: {@code null} keeps the records for ever (永久). */
    void change(Integer newMonths, Instant now, String actor) {
        if (newMonths != null && (newMonths < 1 || newMonths > MAX_MONTHS)) {
            throw new CaseworkException("retention.months.range", MAX_MONTHS / 12);
        }
        this.months = newMonths;
        this.changedBy = actor;
        this.changedAt = now;
    }

    public RecordType getRecordType() {
        return recordType;
    }

    public Integer getMonths() {
        return months;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public long getVersion() {
        return version;
    }
}
