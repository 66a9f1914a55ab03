package org.tiaojie.casework.supervision;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.account.AuthenticatedUser;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.deadline.ClockKind;
import org.tiaojie.casework.dispute.DisputeActivity;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.casework.dispute.DisputeService;
import org.tiaojie.casework.notification.NotificationService;
import org.tiaojie.casework.organisation.AreaScope;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.shared.CaseworkMessages;
import org.tiaojie.casework.shared.Fields;

/**
 * 延期审批: the handling mediator applies for an extension before the clock expires (checked
 * against the clock's policy then, and again when granted); the supervisors over the case's
 * place are told, and one of them approves (the clock moves) or refuses with a reason; the
 * organisation's mediators hear the decision.
 */
@Service
public class ExtensionService {

    private final org.tiaojie.casework.account.PeopleNames people;

    private final ExtensionRepository requests;
    private final DisputeService disputes;
    private final DisputeQueryService queries;
    private final NotificationService notifications;
    private final EntityManager em;

    ExtensionService(ExtensionRepository requests, DisputeService disputes, DisputeQueryService queries,
            NotificationService notifications, EntityManager em, org.tiaojie.casework.account.PeopleNames people) {
        this.people = people;
        this.requests = requests;
        this.disputes = disputes;
        this.queries = queries;
        this.notifications = notifications;
        this.em = em;
    }

    /**
     * The unit, limit and new last day of an extension of {@code kind} by {@code by}, for the form to show
     * before the request is sent (a clock that is not running, or cannot be extended, has none).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Optional<ExtensionPreview> preview(long disputeId, ClockKind kind, Integer by) {
        queries.find(disputeId);
        org.tiaojie.casework.dispute.Dispute d = em.find(org.tiaojie.casework.dispute.Dispute.class, disputeId);
        var calc = disputes.rules().calculator();
        return d.getClocks().stream().filter(c -> c.getKind() == kind && c.isRunning() && c.getMaxExtension() > 0)
                .findFirst().map(c -> new ExtensionPreview(kind, c.getUnit(), c.getMaxExtension(),
                        org.tiaojie.casework.deadline.DeadlineCalculator.lastDayOf(c.getDueAt()),
                        by == null || by < 1 || by > c.getMaxExtension() ? null
                                : org.tiaojie.casework.deadline.DeadlineCalculator.lastDayOf(
                                        calc.extended(c.getDueAt(), by, c.getUnit()))));
    }

    /** Applies for an extension of a running clock; returns the request's id. */
    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public long request(long disputeId, long version, ClockKind kind, Integer days, String reason) {
        return request(disputeId, version, kind, days, reason, false);
    }

    /**
     * As above; a court-entrusted mediation (委派 or 委托) is extended only when both parties agreed
     * ({@code partiesAgreed}), which the request records.
     */
    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public long request(long disputeId, long version, ClockKind kind, Integer days, String reason,
            boolean partiesAgreed) {
        return disputes.work(disputeId, version, (d, now, actor) -> {
            ClockKind k = Fields.present(kind, "field.clock");
            int by = Fields.present(days, "field.extendBy");
            d.checkExtension(k, by, Fields.required(reason, 500, "field.extensionReason"), now);
            if (d.getEntrustmentStage() != null && k == ClockKind.MEDIATION && !partiesAgreed) {
                throw new CaseworkException("extension.consent");
            }
            if (requests.countPending(disputeId, k) > 0) {
                throw new CaseworkException("extension.pending", k);
            }
            ExtensionRequest saved = requests.save(new ExtensionRequest(disputeId, k, by, reason, now, actor));
            d.note(DisputeActivity.EXTENSION_REQUESTED, partiesAgreed ? CaseworkMessages.render(
                    java.util.Locale.SIMPLIFIED_CHINESE, "extension.agreedNote", reason.strip()) : reason, now, actor);
            notifications.notify(notifications.supervisorsOver(d.getDistrictId(), d.getStreetId(), d.getCommunityId()),
                    "notify.extensionRequested", List.of(d.getCaseNumber(), "@enum.ClockKind." + k.name(),
                            Integer.toString(by)), disputeId, now);
            return saved.getId();
        });
    }

    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    public void approve(long requestId, String note) {
        decide(requestId, true, note);
    }

    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    public void refuse(long requestId, String note) {
        decide(requestId, false, note);
    }

    private void decide(long requestId, boolean approve, String note) {
        ExtensionRequest request = requests.findById(requestId)
                .orElseThrow(() -> new CaseworkException("extension.notFound"));
        disputes.supervise(request.getDisputeId(), (d, now, actor) -> {
            ExtensionRequest r = requests.findById(requestId).orElseThrow();
            r.decide(approve, note, now, actor, people::name);
            if (approve) {
                d.extendClock(r.getClockKind(), r.getDays(), r.getReason(), disputes.rules(), now, actor);
            }
            d.note(approve ? DisputeActivity.EXTENSION_APPROVED : DisputeActivity.EXTENSION_REFUSED, note, now, actor);
            if (d.getOrganisation() != null) {
                notifications.notify(notifications.mediatorsOf(d.getOrganisation().getId()),
                        approve ? "notify.extensionApproved" : "notify.extensionRefused",
                        List.of(d.getCaseNumber(), "@enum.ClockKind." + r.getClockKind().name(),
                                note == null ? "" : note.strip()), d.getId(), now);
            }
            return null;
        });
    }

    /** Requests awaiting a decision in the supervisor's area, oldest first (at most {@code limit}). */
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<ExtensionRow> pending(int limit) {
        AuthenticatedUser user = CurrentUser.require();
        AreaScope.Condition area = user.area().disputes("d");
        TypedQuery<Object[]> query = area.bind(em.createQuery("""
                select r, d.caseNumber, o.name from ExtensionRequest r join Dispute d on d.id = r.disputeId
                left join d.organisation o
                where r.status = :pending and\s""" + area + " order by r.requestedAt, r.id", Object[].class));
        return query.setParameter("pending", ExtensionRequest.ExtensionStatus.PENDING)
                .setMaxResults(Math.max(1, Math.min(limit, 500))).getResultList().stream()
                .map(t -> ((ExtensionRequest) t[0]).row((String) t[1], (String) t[2], people::name)).toList();
    }

    /** A case's requests, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ExtensionRow> forDispute(long disputeId) {
        var row = queries.find(disputeId);
        return requests.findByDispute(disputeId).stream().map(r -> r.row(row.caseNumber(), row.organisationName(), people::name))
                .toList();
    }
}
