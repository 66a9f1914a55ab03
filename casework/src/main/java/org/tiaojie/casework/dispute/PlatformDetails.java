package org.tiaojie.casework.dispute;

import java.time.Instant;

/**
 * What a hotline platform sent with an order beyond the dispute itself (docs/DOMAIN.md, "Importing a platform's
 * export"): when the citizen called (the order's registration time: its clocks and the repeat-complaint count run
 * from it), the platform's own 办理时限 in working days (the 12345 reply clock), a second contact number, the
 * detailed address (楼栋/单元/室) and the dispatch instruction (派单要求). Every part may be absent; {@link #NONE}
 * is an order entered now, at the screen.
 */
public record PlatformDetails(Instant calledAt, Integer replyDays, String contactPhone, String address,
        String dispatchNote) {

    public static final PlatformDetails NONE = new PlatformDetails(null, null, null, null, null);

    /** The longest 办理时限 a platform may set, in working days. */
    public static final int MAX_REPLY_DAYS = 60;
    public static final int MAX_ADDRESS = 200;
    public static final int MAX_DISPATCH_NOTE = 500;

    public PlatformDetails {
        contactPhone = blankToNull(contactPhone);
        address = blankToNull(address);
        dispatchNote = blankToNull(dispatchNote);
    }

    /** When the order counts as registered: the call, or {@code now} for an order without one. */
    public Instant registeredAt(Instant now) {
        return calledAt == null ? now : calledAt;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
