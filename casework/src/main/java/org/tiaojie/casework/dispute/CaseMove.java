package org.tiaojie.casework.dispute;

/**
 * What a handling mediator can do to a case: the lifecycle's moves (docs/DOMAIN.md, "The life of a
 * case") and the steps that depend on its clocks and on a petition's review. Which are open now, and
 * why the others are not, is decided by {@link Dispute#moves}; screens render that answer.
 */
public enum CaseMove {
    ACCEPT, REJECT, TRANSFER_OUT, RETURN_TO_DISPATCH,
    SCHEDULE_SESSION, START_MEDIATION, INVESTIGATE, SUSPEND, RESUME, ESCALATE,
    /** The applicant withdraws before mediation begins. */
    WITHDRAW,
    AGREE, FAIL,
    /** A party ends the mediation (人民调解法 Art. 23), closed as withdrawn. */
    END_MEDIATION,
    CLOSE_AGREED, REFER_TO_COURT, GUIDE_TO_LITIGATION, RETURN_VISIT, ARCHIVE,
    /** The parties' joint 司法确认 application (人民调解法 Art. 33). */
    APPLY_FOR_CONFIRMATION,
    /** An extension of a running clock whose policy allows one. */
    EXTEND,
    /** 复查 and 复核 of a petition's answer (信访工作条例 Art. 35, 36). */
    REQUEST_REVIEW, DECIDE_REVIEW, REQUEST_RECHECK, DECIDE_RECHECK, START_HEARING, END_HEARING;

    /** Refused because the viewer is not a mediator of the handling organisation. */
    public static final String NOT_HANDLING = "move.refused.notHandling";
    /** Refused because the case's state does not allow the move. */
    public static final String WRONG_STATE = "move.refused.state";
    /** Refused because the 司法确认 window is not open. */
    public static final String NO_CONFIRMATION_WINDOW = "move.refused.confirmationWindow";
    /** Refused because no running clock may be extended. */
    public static final String NO_EXTENDABLE_CLOCK = "move.refused.noExtendableClock";
    /** Refused because the case is not a petition. */
    public static final String NOT_PETITION = "move.refused.notPetition";
    /** Refused because the petition is not at that step of its review. */
    public static final String WRONG_REVIEW_STEP = "move.refused.reviewStep";

    /**
     * A move and whether it is open now. {@code primary} marks the usual next step; {@code refusal}
     * is null for an open move, else the message key saying why not.
     */
    public record Option(CaseMove move, boolean primary, String refusal) {

        public boolean allowed() {
            return refusal == null;
        }
    }

    boolean petitionReview() {
        return ordinal() >= REQUEST_REVIEW.ordinal();
    }
}
