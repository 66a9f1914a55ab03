package org.tiaojie.casework.dispute;

import java.util.EnumSet;
import java.util.Set;

/** The lifecycle of docs/DOMAIN.md; each state knows where it may go next. */
public enum DisputeState {
    REGISTERED, ACCEPTED, REJECTED, TRANSFERRED, IN_MEDIATION, SUSPENDED, AGREED, FAILED, ESCALATED,
    REFERRED_TO_COURT, CLOSED, REVISITED, ARCHIVED;

    private Set<DisputeState> next;

    static {
        REGISTERED.next = EnumSet.of(ACCEPTED, REJECTED, TRANSFERRED, REGISTERED);
        ACCEPTED.next = EnumSet.of(IN_MEDIATION, SUSPENDED, ESCALATED, CLOSED);
        IN_MEDIATION.next = EnumSet.of(AGREED, FAILED, SUSPENDED, CLOSED);
        SUSPENDED.next = EnumSet.of(ACCEPTED, IN_MEDIATION, CLOSED);
        AGREED.next = EnumSet.of(CLOSED);
        FAILED.next = EnumSet.of(ESCALATED, REFERRED_TO_COURT, CLOSED);
        ESCALATED.next = EnumSet.of(REGISTERED);
        REFERRED_TO_COURT.next = EnumSet.of(CLOSED, FAILED);
        CLOSED.next = EnumSet.of(REVISITED);
        REVISITED.next = EnumSet.of(ARCHIVED, ACCEPTED);
        REJECTED.next = EnumSet.noneOf(DisputeState.class);
        TRANSFERRED.next = EnumSet.noneOf(DisputeState.class);
        ARCHIVED.next = EnumSet.noneOf(DisputeState.class);
    }

    public boolean canMoveTo(DisputeState target) {
        return next.contains(target);
    }

    /** Still needs work from a mediation organisation. */
    public boolean isOpen() {
        return switch (this) {
            case REGISTERED, ACCEPTED, IN_MEDIATION, SUSPENDED, AGREED, FAILED, ESCALATED, REFERRED_TO_COURT -> true;
            default -> false;
        };
    }

    public static Set<DisputeState> openStates() {
        EnumSet<DisputeState> open = EnumSet.noneOf(DisputeState.class);
        for (DisputeState s : values()) {
            if (s.isOpen()) {
                open.add(s);
            }
        }
        return open;
    }
}
