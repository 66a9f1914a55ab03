package org.tiaojie.casework.mediation;

import java.time.Instant;
import org.tiaojie.casework.dispute.Dispute;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.dispute.DisputeActivity;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.casework.dispute.DisputeService;
import org.tiaojie.casework.dispute.DisputeState;
import org.tiaojie.casework.shared.CaseworkConfiguration;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.shared.CaseworkMessages;

/**
 * The mediator's records on a case: sessions scheduled and held (调解笔录), investigation notes
 * and return visits. Every change goes through {@link DisputeService#work}, so it is refused on
 * a stale screen and recorded in the case's timeline.
 */
@Service
public class MediationService {

    private final org.tiaojie.casework.account.PeopleNames people;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(CaseworkConfiguration.ZONE);
    private static final EnumSet<DisputeState> MEDIATING = EnumSet.of(DisputeState.ACCEPTED, DisputeState.IN_MEDIATION);
    private static final EnumSet<DisputeState> INVESTIGATING =
            EnumSet.of(DisputeState.ACCEPTED, DisputeState.IN_MEDIATION, DisputeState.SUSPENDED);

    private final DisputeService disputes;
    private final DisputeQueryService queries;
    private final SessionRepository sessions;
    private final InvestigationRepository investigations;
    private final ReturnVisitRepository visits;

    MediationService(DisputeService disputes, DisputeQueryService queries, SessionRepository sessions,
            InvestigationRepository investigations, ReturnVisitRepository visits, org.tiaojie.casework.account.PeopleNames people) {
        this.people = people;
        this.disputes = disputes;
        this.queries = queries;
        this.sessions = sessions;
        this.investigations = investigations;
        this.visits = visits;
    }

    /** 安排调解: the first session of an accepted case starts its mediation. Returns the session id. */
    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public long schedule(long disputeId, long version, SessionPlan plan) {
        return disputes.work(disputeId, version, (d, now, actor) -> scheduleAs(d, plan, now, actor));
    }

    /** The scheduling itself, inside the caller's work on the case (the demo district schedules through here). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public long scheduleAs(Dispute d, SessionPlan plan, Instant now, String actor) {
        d.requireState(MEDIATING, "session.notMediating");
        if (plan.scheduledAt() != null && plan.scheduledAt().isBefore(d.getRegisteredAt())) {
            throw new CaseworkException("session.beforeRegistration");
        }
        MediationSession session = sessions.save(
                new MediationSession(d.getId(), sessions.lastSeq(d.getId()) + 1, plan, now, actor));
        if (d.getState() == DisputeState.ACCEPTED) {
            d.startMediation(now, actor);
        }
        d.note(DisputeActivity.SESSION_SCHEDULED, planSummary(session.getSeq(), plan), now, actor);
        return session.getId();
    }

    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void reschedule(long sessionId, long version, SessionPlan plan) {
        MediationSession session = session(sessionId);
        disputes.work(session.getDisputeId(), version, (d, now, actor) -> {
            d.requireState(MEDIATING, "session.notMediating");
            MediationSession s = sessions.findById(sessionId).orElseThrow();
            s.reschedule(plan);
            d.note(DisputeActivity.SESSION_SCHEDULED, planSummary(s.getSeq(), plan), now, actor);
            return null;
        });
    }

    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void cancel(long sessionId, long version, String reason) {
        MediationSession session = session(sessionId);
        disputes.work(session.getDisputeId(), version, (d, now, actor) -> {
            MediationSession s = sessions.findById(sessionId).orElseThrow();
            s.cancel(reason);
            d.note(DisputeActivity.SESSION_CANCELLED, reason, now, actor);
            return null;
        });
    }

    /** 调解笔录 of a session held; the case must be in mediation. */
    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void recordMinutes(long sessionId, long version, SessionMinutes minutes) {
        MediationSession session = session(sessionId);
        disputes.work(session.getDisputeId(), version, (d, now, actor) -> {
            recordMinutesAs(d, sessionId, minutes, now, actor);
            return null;
        });
    }

    /** The minutes themselves, inside the caller's work on the case. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void recordMinutesAs(Dispute d, long sessionId, SessionMinutes minutes, Instant now, String actor) {
        d.requireState(EnumSet.of(DisputeState.IN_MEDIATION), "session.notMediating");
        MediationSession s = sessions.findById(sessionId).orElseThrow();
        s.record(minutes, now);
        d.note(DisputeActivity.SESSION_HELD, minutes.outcomeNote() == null || minutes.outcomeNote().isBlank()
                ? null : minutes.outcomeNote(), now, actor);
    }

    /** 调查记录 while the case is being handled. Returns its id. */
    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public long investigate(long disputeId, long version, InvestigationInput input) {
        return disputes.work(disputeId, version, (d, now, actor) -> {
            d.requireState(INVESTIGATING, "investigation.notHandling");
            InvestigationRecord saved = investigations.save(new InvestigationRecord(disputeId, input, now, actor));
            d.note(DisputeActivity.INVESTIGATION_RECORDED, input.subject(), now, actor);
            return saved.getId();
        });
    }

    /**
     * 回访 after closure, within the return-visit clock: satisfied or basically satisfied ends the
     * work; 不满意 (with the reason) reopens the case at once on a new mediation clock.
     */
    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void returnVisit(long disputeId, long version, ReturnVisitInput input) {
        disputes.work(disputeId, version, (d, now, actor) -> {
            returnVisitAs(d, input, now, actor);
            return null;
        });
    }

    /** The visit itself, inside the caller's work on the case (the demo district visits through here). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void returnVisitAs(Dispute d, ReturnVisitInput input, Instant now, String actor) {
        d.requireState(EnumSet.of(DisputeState.CLOSED), "visit.notClosed");
        ReturnVisit visit = new ReturnVisit(d.getId(), input, now, actor);
        LocalDate today = now.atZone(CaseworkConfiguration.ZONE).toLocalDate();
        if (input.visitedOn().isAfter(today)) {
            throw new CaseworkException("visit.inFuture");
        }
        if (d.getClosedAt() != null
                && input.visitedOn().isBefore(d.getClosedAt().atZone(CaseworkConfiguration.ZONE).toLocalDate())) {
            throw new CaseworkException("visit.beforeClosure");
        }
        boolean dissatisfied = visit.getSatisfaction() == ReturnVisit.Satisfaction.DISSATISFIED;
        if (dissatisfied && (input.comments() == null || input.comments().isBlank())) {
            throw new CaseworkException("visit.dissatisfiedWhy");
        }
        visits.save(visit);
        // the case record is kept in Chinese, as the mediator would write it by hand
        String summary = CaseworkMessages.label(Locale.SIMPLIFIED_CHINESE, visit.getSatisfaction())
                + (input.comments() == null || input.comments().isBlank() ? "" : "：" + input.comments().strip());
        d.revisit(summary, now, actor);
        if (dissatisfied) {
            d.reopen(input.comments(), disputes.rules(), now, actor);
        }
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SessionRow> sessions(long disputeId) {
        queries.find(disputeId);
        return sessions.findByDisputeIdOrderBySeq(disputeId).stream().map(MediationSession::row).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<InvestigationRow> investigations(long disputeId) {
        queries.find(disputeId);
        return investigations.findByDispute(disputeId).stream().map(r -> r.row(people::name)).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ReturnVisitRow> visits(long disputeId) {
        queries.find(disputeId);
        return visits.findByDispute(disputeId).stream().map(r -> r.row(people::name)).toList();
    }

    /** 第2次 · 2026-11-25 10:00 · 湖畔社区调解室: what the timeline says of a scheduled session. */
    private static String planSummary(int seq, SessionPlan plan) {
        return CaseworkMessages.get(Locale.SIMPLIFIED_CHINESE, "session.summary", seq, WHEN.format(plan.scheduledAt()),
                plan.place().strip());
    }

    private MediationSession session(long sessionId) {
        return sessions.findById(sessionId).orElseThrow(() -> new CaseworkException("session.notFound"));
    }

    /** Used by the agreement feature: the held session whose minutes record an oral agreement. */
    @Transactional(readOnly = true)
    public boolean recordsOralAgreement(long disputeId, long sessionId) {
        return sessions.findById(sessionId).filter(s -> s.getDisputeId() == disputeId)
                .filter(s -> s.getStatus() == MediationSession.SessionStatus.HELD && s.isOralAgreement()).isPresent();
    }
}
