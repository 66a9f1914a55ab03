package org.tiaojie.casework.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tiaojie.casework.shared.CaseworkException;

/**
 * When a call is a repeat of an open matter and is kept on it (并单) instead of becoming a case of its own: the
 * same caller about the same compound and category within {@code windowDays}, or words at least
 * {@code similarPercent} % alike at that compound within the same days (0: words alone never merge). One row,
 * edited by an administrator; switched off, every order is a case of its own and the screen only suggests.
 */
@Entity
@Table(name = "repeat_call_rule")
class RepeatCallRule {

    static final long SINGLE_ROW = 1L;
    static final int MAX_WINDOW_DAYS = 90;
    static final int MIN_SIMILAR_PERCENT = 60;

    @Id
    @Column(name = "id", nullable = false)
    private Long id;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "window_days", nullable = false)
    private int windowDays;

    @Column(name = "similar_percent", nullable = false)
    private int similarPercent;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected RepeatCallRule() {
    }

    void update(boolean newEnabled, int newWindowDays, int newSimilarPercent) {
        if (newWindowDays < 1 || newWindowDays > MAX_WINDOW_DAYS) {
            throw new CaseworkException("repeatCalls.window", 1, MAX_WINDOW_DAYS);
        }
        if (newSimilarPercent != 0 && (newSimilarPercent < MIN_SIMILAR_PERCENT || newSimilarPercent > 100)) {
            throw new CaseworkException("repeatCalls.similar", MIN_SIMILAR_PERCENT);
        }
        this.enabled = newEnabled;
        this.windowDays = newWindowDays;
        this.similarPercent = newSimilarPercent;
    }

    RepeatCallSettings view() {
        return new RepeatCallSettings(enabled, windowDays, similarPercent, version);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RepeatCallRule other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return RepeatCallRule.class.hashCode();
    }
}
