package org.tiaojie.casework.notification;

import java.util.Set;

/**
 * Which notices can wait for a user's day summary (每日汇总) and which are delivered at once, whatever the user chose:
 * the one place that decides it (docs/DOMAIN.md, "Notices"). A notice waits only when nothing is lost by reading it
 * the next morning — an early reminder, a step reported for information; anything that asks for action within a day,
 * or that a deadline is past, goes out at once. A key not named here goes out at once.
 */
public final class NoticeUrgency {

    /** Message keys that can wait for the summary. */
    private static final Set<String> CAN_WAIT = Set.of(
            // early reminders of a clock: days ahead of its end (签收 is a matter of hours: not here)
            "deadline.warning", "deadline.warning.RETURN_VISIT", "deadline.warning.JUDICIAL_CONFIRMATION",
            // an agreement's terms coming due or unrecorded
            "reminder.termDue", "reminder.termOverdue",
            // a supervision's steps reported to the supervisors, its closing, a 约谈 on record
            "supervision.notify.progress", "supervision.notify.done", "supervision.notify.delisted",
            "supervision.notify.interviewed", "listing.summary",
            // an outcome to take note of: an extension granted, a court's decision, an entrusted case's result
            "notify.extensionApproved", "referral.decided", "entrustment.result");

    private NoticeUrgency() {
    }

    /** Whether a notice of this key may be held for the recipient's day summary. */
    public static boolean canWait(String messageKey) {
        return CAN_WAIT.contains(messageKey);
    }
}
