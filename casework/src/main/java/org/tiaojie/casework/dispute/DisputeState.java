package org.tiaojie.casework.dispute;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The lifecycle of docs/DOMAIN.md; each state knows where it may go next. */
public enum DisputeState {
    REGISTERED, ACCEPTED, REJECTED, TRANSFERRED, IN_MEDIATION, SUSPENDED, AGREED, FAILED, ESCALATED,
    REFERRED_TO_COURT, CLOSED, REVISITED, ARCHIVED;

    private Set<DisputeState> next;
    private List<CaseMove> moves;

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
        // what a handling mediator does in each state, the usual next step first
        REGISTERED.moves = List.of(CaseMove.ACCEPT, CaseMove.REJECT, CaseMove.TRANSFER_OUT, CaseMove.RETURN_TO_DISPATCH);
        ACCEPTED.moves = List.of(CaseMove.SCHEDULE_SESSION, CaseMove.START_MEDIATION, CaseMove.INVESTIGATE,
                CaseMove.SUSPEND, CaseMove.ESCALATE, CaseMove.WITHDRAW);
        IN_MEDIATION.moves = List.of(CaseMove.AGREE, CaseMove.SCHEDULE_SESSION, CaseMove.INVESTIGATE, CaseMove.FAIL,
                CaseMove.SUSPEND, CaseMove.END_MEDIATION);
        SUSPENDED.moves = List.of(CaseMove.RESUME, CaseMove.INVESTIGATE, CaseMove.END_MEDIATION);
        AGREED.moves = List.of(CaseMove.CLOSE_AGREED);
        FAILED.moves = List.of(CaseMove.ESCALATE, CaseMove.REFER_TO_COURT, CaseMove.GUIDE_TO_LITIGATION);
        CLOSED.moves = List.of(CaseMove.RETURN_VISIT);
        REVISITED.moves = List.of(CaseMove.ARCHIVE);
        for (DisputeState s : values()) {
            if (s.moves == null) {
                s.moves = List.of(); // rejected, transferred, escalated, at court, archived: nothing for the mediator
            }
        }
    }

    /** The lifecycle moves a handling mediator may make in this state, the usual next step first. */
    public List<CaseMove> moves() {
        return moves;
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
