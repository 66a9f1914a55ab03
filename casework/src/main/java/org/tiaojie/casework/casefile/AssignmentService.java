package org.tiaojie.casework.casefile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.account.AuthenticatedUser;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.dispute.Dispute;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.casework.dispute.DisputeService;
import org.tiaojie.casework.notification.NotificationService;
import org.tiaojie.casework.organisation.Organisation;
import org.tiaojie.casework.shared.CaseworkException;

/**
 * 承办人: the head of the room or centre handling a case assigns it to one or more of its mediators (an
 * administrator may too). The assignment replaces the previous one, is a line of the timeline, and tells the
 * mediators newly assigned. It belongs to the organisation: when the case moves on, it lapses.
 */
@Service
public class AssignmentService {

    /** A mediator as screens and documents show them: by name. */
    public record Mediator(long userId, String name) {
    }

    private final DisputeService disputes;
    private final DisputeQueryService queries;
    private final NotificationService notifications;
    private final EntityManager em;

    private final org.tiaojie.casework.organisation.OrganisationService organisations;

    AssignmentService(DisputeService disputes, DisputeQueryService queries, NotificationService notifications,
            EntityManager em, org.tiaojie.casework.organisation.OrganisationService organisations) {
        this.organisations = organisations;
        this.disputes = disputes;
        this.queries = queries;
        this.notifications = notifications;
        this.em = em;
    }

    /** The case's 承办人 in its current organisation, by name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Mediator> handlers(long disputeId) {
        queries.find(disputeId);
        return handlersOf(disputeId);
    }

    /** The same, for callers already inside the case's read (the case file). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public List<Mediator> handlersOf(long disputeId) {
        return em.createQuery("""
                select u.id, u.displayName from DisputeHandler h, AppUser u, Dispute d
                where h.disputeId = :id and u.id = h.userId and d.id = h.disputeId
                  and h.organisationId = d.organisation.id order by u.displayName""", Object[].class)
                .setParameter("id", disputeId).getResultList().stream()
                .map(r -> new Mediator((Long) r[0], (String) r[1])).toList();
    }

    /** Whether the user may assign the cases of this organisation: its head, or an administrator. */
    static boolean heads(AuthenticatedUser user, Organisation org) {
        return org != null && (user.has(Role.ADMIN) || org.getHeadUserId() != null && org.getHeadUserId() == user.userId());
    }

    /** Whether the user may assign this case now (inside the caller's read of it). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public boolean mayAssign(long disputeId) {
        Dispute d = em.find(Dispute.class, disputeId);
        return d != null && d.isOpen() && heads(CurrentUser.require(), d.getOrganisation());
    }

    /** The enabled mediators of the organisation handling the case, the ones it can be assigned to. */
    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<Mediator> candidates(long disputeId) {
        queries.find(disputeId);
        Dispute d = em.find(Dispute.class, disputeId);
        return d.getOrganisation() == null ? List.of() : mediatorsOf(d.getOrganisation().getId());
    }

    /** The organisation's enabled mediators: one rule, kept by the organisations (which also pick the head). */
    private List<Mediator> mediatorsOf(long organisationId) {
        return organisations.mediatorsOf(organisationId).stream().map(m -> new Mediator(m.id(), m.name())).toList();
    }

    /**
     * Assigns the case to these mediators of its organisation, replacing whoever had it. Refused unless the user
     * heads that organisation (or administers), for a closed case, for nobody, or for anyone not an enabled
     * mediator there; a refusal changes nothing.
     */
    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void assign(long disputeId, long version, List<Long> userIds) {
        AuthenticatedUser user = CurrentUser.require();
        disputes.work(disputeId, version, (d, now, actor) -> {
            Organisation org = d.getOrganisation();
            if (!heads(user, org)) {
                throw new CaseworkException("assign.notHead");
            }
            Set<Long> wanted = new LinkedHashSet<>(userIds == null ? List.of() : userIds);
            if (wanted.isEmpty()) {
                throw new CaseworkException("assign.nobody");
            }
            assignAs(d, List.copyOf(wanted), now, actor);
            return null;
        });
    }

    /**
     * The assignment itself, inside the caller's work on the case: each user an enabled mediator of the case's
     * organisation, the rows replaced, the timeline line written and the newly assigned told. The demo district
     * assigns its cases through here too.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void assignAs(Dispute d, List<Long> userIds, java.time.Instant now, String actor) {
        Organisation org = d.getOrganisation();
        List<Mediator> mediators = mediatorsOf(org.getId());
        List<Mediator> chosen = new ArrayList<>();
        for (Long id : userIds) {
            chosen.add(mediators.stream().filter(m -> m.userId() == id).findFirst()
                    .orElseThrow(() -> new CaseworkException("assign.notMediator", org.getName())));
        }
        Set<Long> before = new java.util.HashSet<>(em.createQuery(
                "select h.userId from DisputeHandler h where h.disputeId = :id", Long.class)
                .setParameter("id", d.getId()).getResultList());
        d.assignHandlers(String.join("、", chosen.stream().map(Mediator::name).toList()), now, actor);
        em.createQuery("delete from DisputeHandler h where h.disputeId = :id").setParameter("id", d.getId())
                .executeUpdate();
        for (Mediator m : chosen) {
            em.persist(new DisputeHandler(d.getId(), m.userId(), org.getId(), now, actor));
        }
        List<Long> told = chosen.stream().map(Mediator::userId).filter(id -> !before.contains(id)).toList();
        if (!told.isEmpty()) {
            notifications.notify(notifications.users(told), "assign.notify", List.of(d.getCaseNumber()), d.getId(),
                    now);
        }
    }
}
