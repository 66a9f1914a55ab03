package org.tiaojie.casework.statistics;

/**
 * A figure of the supervisor's dashboard and rankings (docs/DOMAIN.md, "Figures"), defined once: which
 * disputes it counts, as one SQL condition on the {@code dispute} table under the alias {@code d},
 * and which time places a dispute in the period ({@link Basis}). The dashboard's counts and
 * breakdowns, the rankings' per-compound counts and the drill-down's list and count are all built
 * from this definition ({@link FigureSql}), so a figure always equals the number of disputes its
 * drill-down lists. Every figure counts disputes; a rate is one figure over another.
 *
 * <p>Parameters a condition may use: {@code :today}, and for {@link Basis#EVENT} {@code :start},
 * {@code :end} (instants) and {@code :fromDay}, {@code :toDay} (days, both included). An event is
 * read from its own table ({@code d.id in (select …)}), so the database starts from the period's
 * events, not from every dispute of the area.
 */
public enum Figure {
    /** Registered in the period. */
    INTAKE(Basis.REGISTERED, null),
    /** Registered in the period and decided on: accepted, rejected or transferred (the acceptance rate's base). */
    DECIDED(Basis.REGISTERED, "d.state <> 'REGISTERED'"),
    /** Registered in the period and accepted by a mediation organisation. */
    ACCEPTED(Basis.REGISTERED, "d.state not in ('REGISTERED', 'REJECTED', 'TRANSFERRED')"),
    /** Registered in the period and settled by agreement. */
    AGREED(Basis.REGISTERED, "(d.closure_type = 'AGREEMENT' or d.state = 'AGREED')"),
    /** Registered in the period, mediation failed (guided to court, referred, or decided by a court). */
    FAILED(Basis.REGISTERED, "(d.closure_type in ('GUIDED_TO_LITIGATION', 'COURT_OUTCOME')"
            + " or d.state in ('FAILED', 'REFERRED_TO_COURT'))"),
    /** Registered in the period, mediation ended either way (the agreement rate's base). */
    CONCLUDED(Basis.REGISTERED, "(d.closure_type in ('AGREEMENT', 'GUIDED_TO_LITIGATION', 'COURT_OUTCOME')"
            + " or d.state in ('AGREED', 'FAILED', 'REFERRED_TO_COURT'))"),
    /**
     * Registered in the period and a repeat complaint: further calls were merged into it (并单), or the repeat-complaint
     * rule counted it (the third or later complaint of its compound and category, or of its caller, within 30 days).
     */
    REPEATS(Basis.REGISTERED, "(d.contact_count > 0 or d.repeat_complaint = true)"),
    /** Closed in the period. */
    CLOSED(Basis.CLOSED, null),
    /** Closed in the period with a handling clock to measure it by (the on-time rate's base). */
    CLOSED_TIMED(Basis.CLOSED, "d.closed_on_time is not null"),
    /** Closed in the period before its handling clock ran out. */
    CLOSED_ON_TIME(Basis.CLOSED, "d.closed_on_time = true"),
    /** Closed in the period after its handling clock ran out. */
    CLOSED_LATE(Basis.CLOSED, "d.closed_on_time = false"),
    /** Open and past its deadline now (the queue's due day; court-side clocks are not the mediators'). */
    OVERDUE(Basis.NOW, "d.is_open = true and d.queue_due < :today"),
    /** Open and under supervision now (read from the open supervisions, a small table, not the area's disputes). */
    SUPERVISED(Basis.NOW, "d.is_open = true and d.supervised = true and d.id in (select s.dispute_id"
            + " from supervision s where s.dispute_id is not null and s.state <> 'DELISTED')"),
    /** Open, with a supervision past its due date and not yet reported done. */
    SUPERVISION_OVERDUE(Basis.NOW, "d.is_open = true and d.id in (select s.dispute_id from supervision s"
            + " where s.dispute_id is not null and s.state = 'ISSUED' and s.due_date < :today)"),
    /** Visited (回访) in the period. */
    VISITED(Basis.EVENT, "d.id in (select v.dispute_id from return_visit v"
            + " where v.visited_on >= :fromDay and v.visited_on <= :toDay)"),
    /** Visited in the period and found satisfied or basically satisfied (the satisfaction rate's part). */
    SATISFIED(Basis.EVENT, "d.id in (select v.dispute_id from return_visit v"
            + " where v.visited_on >= :fromDay and v.visited_on <= :toDay"
            + " and v.satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED'))"),
    /** Referred to a court (移送) in the period. */
    REFERRED(Basis.EVENT, "d.id in (select r.dispute_id from court_referral r"
            + " where r.kind = 'CASE_TRANSFER' and r.sent_at >= :start and r.sent_at < :end)"),
    /** With an agreement a court confirmed valid (司法确认) in the period. */
    CONFIRMED(Basis.EVENT, "d.id in (select r.dispute_id from court_referral r"
            + " where r.outcome = 'CONFIRMED_VALID' and r.decided_at >= :start and r.decided_at < :end)"),
    /**
     * With an agreement term that falls in the period (the performance rate's base): its deadline passed in the period,
     * or its performance was recorded in the period (a term performed early counts when it was performed).
     */
    TERMS_DUE(Basis.EVENT, "d.id in (" + Terms.DUE + ")"),
    /** With agreement terms falling in the period, every one of them performed. */
    TERMS_PERFORMED(Basis.EVENT, "d.id in (" + Terms.DUE + ") and d.id not in (" + Terms.DUE
            + " and t.performance <> 'PERFORMED')");

    /** The disputes with an agreement term falling in the period (its deadline passed, or its performance recorded). */
    private static final class Terms {
        static final String DUE = "select a.dispute_id from agreement_term t join agreement a on a.id = t.agreement_id"
                + " where ((t.deadline >= :fromDay and t.deadline <= :toDay and t.deadline <= :today)"
                + " or (t.performance <> 'PENDING' and t.performance_at >= :start and t.performance_at < :end))";
    }

    /** What places a dispute in a figure's period. */
    public enum Basis {
        /** Its registration falls in the period. */
        REGISTERED("d.registered_at"),
        /** Its closure falls in the period. */
        CLOSED("d.closed_at"),
        /** Its state now, whatever the period. */
        NOW(null),
        /** An event of its own falls in the period (the condition says which). */
        EVENT(null);

        private final String time;

        Basis(String time) {
            this.time = time;
        }

        /** The dispute's column the period and a month are read on, or null. */
        public String time() {
            return time;
        }
    }

    private final Basis basis;
    private final String condition;

    Figure(Basis basis, String condition) {
        this.basis = basis;
        this.condition = condition;
    }

    public Basis basis() {
        return basis;
    }

    /** The SQL condition on {@code d}, or null when every dispute of the period counts. */
    String condition() {
        return condition;
    }

    /** Whether a breakdown by month, category, tier and area is counted for it in one grouped pass. */
    boolean grouped() {
        return basis == Basis.REGISTERED || basis == Basis.CLOSED;
    }
}
