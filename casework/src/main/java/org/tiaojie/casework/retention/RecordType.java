package org.tiaojie.casework.retention;

import jakarta.persistence.Query;
import org.tiaojie.casework.agreement.Agreement;
import org.tiaojie.casework.dispute.ClosureType;
import org.tiaojie.casework.dispute.DisputeState;

/**
 * The kinds of record a case leaves, each with its own 保管期限 (a setting, {@code retention_period}). 人民调解法
 * Art. 27 has committees keep a file of each mediation but sets no period; the defaults follow the archive periods of
 * 国家档案局令第8号 (定期30年 for records of rights and obligations, 定期10年 for the rest) and, for a registration that
 * never became a mediation, the three years in which a claim about its handling may be brought (民法典 Art. 188);
 * 个人信息保护法 Art. 19 asks for no longer than that. Each type knows which ended cases it covers: one rule, used by
 * the retention run and by the 卷宗's cover.
 */
public enum RecordType {
    /** Closed with a written 人民调解协议书. */
    WRITTEN_AGREEMENT,
    /** Referred to the court (its outcome recorded), or at court now. */
    COURT,
    /** Closed with an oral agreement recorded in the minutes. */
    ORAL_AGREEMENT,
    /** Mediation failed and the parties were advised to go to court. */
    NOT_SETTLED,
    /** The applicant withdrew. */
    WITHDRAWN,
    /** Not accepted (不予受理). */
    REJECTED,
    /** Transferred out to the body responsible. */
    TRANSFERRED;

    /** The condition on a dispute {@code d} that it is a record of this type (its parameters set by {@link #bind}). */
    String condition() {
        return switch (this) {
            case WRITTEN_AGREEMENT -> "d.closureType = :closure and exists (select 1 from Agreement a"
                    + " where a.disputeId = d.id and a.kind = :written)";
            case ORAL_AGREEMENT -> "d.closureType = :closure and not exists (select 1 from Agreement a"
                    + " where a.disputeId = d.id and a.kind = :written)";
            case COURT, NOT_SETTLED, WITHDRAWN -> "d.closureType = :closure";
            case REJECTED, TRANSFERRED -> "d.state = :state";
        };
    }

    void bind(Query query) {
        switch (this) {
            case WRITTEN_AGREEMENT, ORAL_AGREEMENT -> query.setParameter("closure", ClosureType.AGREEMENT)
                    .setParameter("written", Agreement.Form.WRITTEN);
            case COURT -> query.setParameter("closure", ClosureType.COURT_OUTCOME);
            case NOT_SETTLED -> query.setParameter("closure", ClosureType.GUIDED_TO_LITIGATION);
            case WITHDRAWN -> query.setParameter("closure", ClosureType.WITHDRAWN);
            case REJECTED -> query.setParameter("state", DisputeState.REJECTED);
            case TRANSFERRED -> query.setParameter("state", DisputeState.TRANSFERRED);
        }
    }

    /**
     * The record a case is, or is heading for while it runs: the type of its 卷宗. A failed case's file is made for
     * the court; one still in mediation counts as the written agreement it may end in (the longer period).
     */
    public static RecordType of(DisputeState state, ClosureType closure, boolean written) {
        if (closure != null) {
            return switch (closure) {
                case AGREEMENT -> written ? WRITTEN_AGREEMENT : ORAL_AGREEMENT;
                case WITHDRAWN -> WITHDRAWN;
                case GUIDED_TO_LITIGATION -> NOT_SETTLED;
                case COURT_OUTCOME -> COURT;
            };
        }
        return switch (state) {
            case REJECTED -> REJECTED;
            case TRANSFERRED -> TRANSFERRED;
            case FAILED, REFERRED_TO_COURT -> COURT;
            default -> written || state != DisputeState.AGREED ? WRITTEN_AGREEMENT : ORAL_AGREEMENT;
        };
    }
}
