package org.tiaojie.casework.notification;

import java.util.List;

/**
 * What a notice is about, for the inbox's filter and its badge: told apart by the message key's beginning, the
 * one place that knows which keys belong together.
 */
public enum NotificationKind {
    /** 督办 issued, raised, re-listed, delisted; the quarter's 挂牌督办. */
    SUPERVISION("supervision.", "listing."),
    /** A clock near or past its end, an escalation, a deadline counted again after a calendar change. */
    DEADLINE("deadline.", "calendar.recounted"),
    /** 延期 asked for, approved or refused. */
    EXTENSION("notify.extension"),
    /** What a court sent back or decided, and cases it entrusted. */
    COURT("referral.", "entrustment."),
    /** An agreement's term coming due or overdue. */
    AGREEMENT("reminder.term"),
    /** A case assigned to its 承办人. */
    ASSIGNMENT("assign."),
    /** The day's summary of the notices that waited for it (每日汇总). */
    DIGEST("digest."),
    /** The calendar and other upkeep for administrators. */
    UPKEEP("calendar.noticeDue");

    private final List<String> prefixes;

    NotificationKind(String... prefixes) {
        this.prefixes = List.of(prefixes);
    }

    /** The message-key beginnings of this kind (SQL {@code like} patterns add a %). */
    public List<String> prefixes() {
        return prefixes;
    }

    /** The kind of a message key; keys of no kind count as upkeep. */
    public static NotificationKind of(String messageKey) {
        for (NotificationKind kind : values()) {
            if (kind.prefixes.stream().anyMatch(messageKey::startsWith)) {
                return kind;
            }
        }
        return UPKEEP;
    }
}
