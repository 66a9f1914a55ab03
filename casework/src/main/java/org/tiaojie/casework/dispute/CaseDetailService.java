package org.tiaojie.casework.dispute;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.account.AuthenticatedUser;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.audit.AuditService;
import org.tiaojie.casework.party.Masking;
import org.tiaojie.casework.shared.CaseworkException;

/**
 * One dispute as its case file shows it ({@link DisputeDetail}: numbers masked, the moves open to
 * the viewer), and the deliberate showing of a masked number — each read audited, each refused
 * outside the reader's area (个人信息保护法 Art. 6; docs/DOMAIN.md, "Areas").
 */
@Service
public class CaseDetailService {

    private final org.tiaojie.casework.account.PeopleNames people;

    private final EntityManager em;
    private final DisputeQueryService queries;
    private final AuditService audit;
    private final Clock clock;

    CaseDetailService(EntityManager em, DisputeQueryService queries, AuditService audit, Clock clock, org.tiaojie.casework.account.PeopleNames people) {
        this.people = people;
        this.em = em;
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
    }

    /** The case file of a dispute in the user's jurisdiction, personal numbers masked; the read is audited. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public DisputeDetail detail(long id) {
        AuthenticatedUser user = CurrentUser.require();
        queries.find(id);
        audit.record(user.username(), AuditService.READ_CASE, id, null);
        Dispute d = em.find(Dispute.class, id);
        var compound = d.getCompound();
        List<DisputeDetail.Party> parties = d.getParties().stream().map(p -> new DisputeDetail.Party(p.getId(),
                p.getRole(), p.isOrganisation(), p.getName(), p.getGender() == null ? null : p.getGender().name(),
                p.getBirthDate(), Masking.idNumber(p.getIdNumber()), Masking.phone(p.getPhone()), p.getAddress(),
                p.getCreditCode(), p.getLegalRepresentative(), p.isRepresentative(), p.getAgentName(),
                Masking.phone(p.getAgentPhone()), p.getAgentAuthority(), p.getEthnicity(), p.getRepresentativeTitle(),
                p.getPowerOfAttorneyId())).toList();
        List<DisputeDetail.TimelineEntry> timeline = new ArrayList<>();
        d.getHistory().forEach(h -> timeline.add(new DisputeDetail.TimelineEntry(h.getAt(), actor(h.getActor()),
                h.getFromState(), h.getToState(), h.getTier(), h.getReason(), null, null, h.getActivity())));
        d.getContacts().forEach(c -> timeline.add(new DisputeDetail.TimelineEntry(c.getAt(), actor(c.getActor()), null, null,
                null, null, c.getChannel(), c.getContent(), null)));
        timeline.sort(Comparator.comparing(DisputeDetail.TimelineEntry::at));
        List<DisputeDetail.Related> related = d.getLinks().stream().map(l -> {
            String number = visible(user, l.getRelatedId())
                    ? em.find(Dispute.class, l.getRelatedId()).getCaseNumber() : null;
            return new DisputeDetail.Related(l.getRelatedId(), number, l.getKind(), l.getReason());
        }).toList();
        boolean actionable = d.getOrganisation() != null && d.getOrganisation().getId() == user.organisationId()
                && user.has(Role.MEDIATOR);
        Instant now = Instant.now(clock);
        return new DisputeDetail(d.getId(), d.getVersion(), d.getCaseNumber(), d.getState(), d.getTier(),
                d.getOrganisation() == null ? null : d.getOrganisation().getName(),
                d.getCourt() == null ? null : d.getCourt().getName(), d.getChannel(), d.getExternalRef(),
                d.getCategory().getName(), compound.getName(), compound.getAddress(),
                compound.getPropertyCompany() == null ? null : compound.getPropertyCompany().getName(), d.getDescription(),
                d.getAmount(), d.getPartyCount(), d.isGroupDispute(), d.isLeaderInstruction(), d.isPublicOpinion(),
                d.isUrgent(), d.isSupervised(), d.getCallerName(), Masking.phone(d.getCallerPhone()), d.getRegisteredAt(),
                d.getDueDate(), d.getClosureType(), d.getTransferredTo(), d.getContactCount(), actionable, parties,
                queries.clocks(id), timeline, related, d.extendableClocks(now), d.moves(now, actionable),
                d.getContactPhone() == null ? null : Masking.phone(d.getContactPhone()), d.getAddressDetail(),
                d.getDispatchNote());
    }

    /** Shows one party's full numbers; the unmasking is audited (who, when, which dispute and party). */
    @PreAuthorize("hasAnyRole('OPERATOR','MEDIATOR','SUPERVISOR','COURT_CLERK')")
    @Transactional
    public DisputeDetail.Revealed revealParty(long disputeId, long partyId) {
        AuthenticatedUser user = CurrentUser.require();
        queries.find(disputeId);
        DisputeParty party = em.find(Dispute.class, disputeId).getParties().stream()
                .filter(p -> p.getId() == partyId).findFirst()
                .orElseThrow(() -> new CaseworkException("party.notFound"));
        audit.record(user.username(), AuditService.REVEAL_PARTY, disputeId, "party " + partyId + " " + party.getName());
        return new DisputeDetail.Revealed(party.getIdNumber(), party.getPhone(), party.getAgentPhone());
    }

    /** Shows the caller's phone number, audited; and the second number the platform gave, after a " / ". */
    @PreAuthorize("hasAnyRole('OPERATOR','MEDIATOR','SUPERVISOR','COURT_CLERK')")
    @Transactional
    public String revealCaller(long disputeId) {
        AuthenticatedUser user = CurrentUser.require();
        queries.find(disputeId);
        audit.record(user.username(), AuditService.REVEAL_CALLER, disputeId, null);
        Dispute d = em.find(Dispute.class, disputeId);
        return d.getContactPhone() == null ? d.getCallerPhone() : d.getCallerPhone() + " / " + d.getContactPhone();
    }

    /** Whether a related dispute lies in the user's area too (its number is shown only then). */
    private boolean visible(AuthenticatedUser user, long disputeId) {
        var area = user.area().disputes("d");
        return area.bind(em.createQuery("select count(d) from Dispute d where " + area + " and d.id = :id", Long.class))
                .setParameter("id", disputeId).getSingleResult() > 0;
    }

    /** Who did it, by name; the deadline sweep stays itself, for the screen to name in the reader's language. */
    private String actor(String login) {
        return DeadlineSweep.ACTOR.equals(login) ? login : people.name(login);
    }
}
