package org.tiaojie.casework.supervision;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.account.AuthenticatedUser;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.dispute.Dispute;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.casework.organisation.Organisation;
import org.tiaojie.casework.organisation.OrganisationOption;
import org.tiaojie.casework.organisation.OrganisationService;
import org.tiaojie.casework.organisation.Tier;
import org.tiaojie.casework.place.Compound;
import org.tiaojie.casework.place.PlaceService;
import org.tiaojie.casework.shared.CaseworkException;

/**
 * Reads supervisions for those who follow them: a supervisor's area, or what a mediator's
 * organisation answers for; one supervision with its steps; a dispute's supervisions; whom a new
 * notice can name as responsible.
 */
@Service
public class SupervisionQueryService {

    private final org.tiaojie.casework.account.PeopleNames people;

    /** Which supervisions a list shows. */
    public record Filter(boolean openOnly, SupervisionLevel level, boolean overdueOnly) {
        public static Filter open() {
            return new Filter(true, null, false);
        }
    }

    private final EntityManager em;
    private final SupervisionRepository supervisions;
    private final SupervisionNotices notices;
    private final DisputeQueryService queries;
    private final PlaceService places;
    private final OrganisationService organisations;
    private final Clock clock;

    SupervisionQueryService(EntityManager em, SupervisionRepository supervisions, SupervisionNotices notices,
            DisputeQueryService queries, PlaceService places, OrganisationService organisations, Clock clock, org.tiaojie.casework.account.PeopleNames people) {
        this.people = people;
        this.em = em;
        this.supervisions = supervisions;
        this.notices = notices;
        this.queries = queries;
        this.places = places;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** Supervisions a user follows: a supervisor's area, or those a mediator's organisation answers for. Newest due first. */
    @PreAuthorize("hasAnyRole('SUPERVISOR','MEDIATOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<SupervisionRow> list(Filter filter, int offset, int limit) {
        StringBuilder where = new StringBuilder();
        TypedQuery<SupervisionRow> q = em.createQuery(SELECT_ROW + where(filter, where) + " order by s.dueDate, s.id",
                SupervisionRow.class);
        bind(q, filter);
        return q.setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, Math.min(limit, 500))).getResultList();
    }

    @PreAuthorize("hasAnyRole('SUPERVISOR','MEDIATOR','ADMIN')")
    @Transactional(readOnly = true)
    public long count(Filter filter) {
        StringBuilder where = new StringBuilder();
        TypedQuery<Long> q = em.createQuery("select count(s) from Supervision s" + where(filter, where), Long.class);
        bind(q, filter);
        return q.getSingleResult();
    }

    /** One supervision, for those who may see it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public SupervisionRow find(long id) {
        List<SupervisionRow> rows = em.createQuery(SELECT_ROW + " where s.id = :id", SupervisionRow.class)
                .setParameter("id", id).getResultList();
        Supervision s = supervisions.findById(id).orElse(null);
        if (rows.isEmpty() || s == null || !visible(s, CurrentUser.require())) {
            throw new AccessDeniedException("supervision " + id + " is not the user's");
        }
        return rows.getFirst();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SupervisionEventRow> steps(long id) {
        find(id);
        return supervisions.events(id).stream().map(e -> e.row(people::name)).toList();
    }

    /** A dispute's supervisions, oldest first, for anyone who may see the dispute. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SupervisionRow> forDispute(long disputeId) {
        queries.find(disputeId);
        return em.createQuery(SELECT_ROW + " where s.disputeId = :id order by s.issuedAt, s.id", SupervisionRow.class)
                .setParameter("id", disputeId).getResultList();
    }

    /** The organisations that can answer for a supervision at a compound: its mediation bodies of each tier. */
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<OrganisationOption> responsibleOptions(long compoundId) {
        Compound compound = places.compound(compoundId);
        List<OrganisationOption> options = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            try {
                Organisation o = organisations.servingCompound(compound, tier);
                options.add(new OrganisationOption(o.getId(), o.getName(), o.getKind()));
            } catch (CaseworkException none) {
                // no organisation of that tier serves the compound
            }
        }
        return options;
    }

    /** The organisations that can answer for a dispute's supervision: the one handling it first. */
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<OrganisationOption> responsibleOptionsForDispute(long disputeId) {
        queries.find(disputeId);
        Dispute d = em.find(Dispute.class, disputeId);
        List<OrganisationOption> options = new ArrayList<>(responsibleOptions(d.getCompound().getId()));
        if (d.getOrganisation() != null) {
            Organisation o = d.getOrganisation();
            options.removeIf(x -> x.id() == o.getId());
            options.addFirst(new OrganisationOption(o.getId(), o.getName(), o.getKind()));
        }
        return options;
    }

    /** The default due date of a new supervision: five working days (configurable) from today. */
    public LocalDate defaultDue() {
        return notices.defaultDue();
    }

    private static final String SELECT_ROW = """
            select new org.tiaojie.casework.supervision.SupervisionRow(s.id, s.noticeNumber, s.subject, s.disputeId,
                d.caseNumber, s.compoundId, c.name, s.level, s.trigger, s.reason, s.instruction, s.dueDate,
                s.responsibleId, o.name, s.leader, s.issuerName, s.state, s.relisted, s.issuedAt, s.issuedBy,
                s.closedAt, s.version)
            from Supervision s join Compound c on c.id = s.compoundId join Organisation o on o.id = s.responsibleId
            left join Dispute d on d.id = s.disputeId""";

    private static String where(Filter filter, StringBuilder sb) {
        AuthenticatedUser user = CurrentUser.require();
        if (user.has(Role.SUPERVISOR) || user.has(Role.ADMIN)) {
            sb.append(" where ").append(user.area().placed("s", "supervisions"));
        } else {
            sb.append(" where s.responsibleId = :responsible");
        }
        if (filter.openOnly()) {
            sb.append(" and s.state <> org.tiaojie.casework.supervision.SupervisionState.DELISTED");
        }
        if (filter.level() != null) {
            sb.append(" and s.level = :level");
        }
        if (filter.overdueOnly()) {
            sb.append(" and s.state = org.tiaojie.casework.supervision.SupervisionState.ISSUED and s.dueDate < :today");
        }
        return sb.toString();
    }

    private void bind(TypedQuery<?> q, Filter filter) {
        AuthenticatedUser user = CurrentUser.require();
        if (user.has(Role.SUPERVISOR) || user.has(Role.ADMIN)) {
            user.area().placed("s", "supervisions").bind(q);
        } else {
            q.setParameter("responsible", user.organisationId());
        }
        if (filter.level() != null) {
            q.setParameter("level", filter.level());
        }
        if (filter.overdueOnly()) {
            q.setParameter("today", notices.today(Instant.now(clock)));
        }
    }

    private static boolean visible(Supervision s, AuthenticatedUser user) {
        if (user.has(Role.SUPERVISOR) || user.has(Role.ADMIN)) {
            return user.area().covers(s.getDistrictId(), s.getStreetId(), s.getCommunityId());
        }
        return user.has(Role.MEDIATOR) && s.getResponsibleId() == user.organisationId();
    }
}
