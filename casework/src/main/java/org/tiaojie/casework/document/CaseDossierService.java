package org.tiaojie.casework.document;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.agreement.AgreementService;
import org.tiaojie.casework.attachment.AttachmentService;
import org.tiaojie.casework.dispute.Dispute;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.casework.dispute.DisputeState;
import org.tiaojie.casework.mediation.MediationService;

/** Reads a case's {@link CaseDossier} for its documents, inside the reader's jurisdiction. */
@Service
public class CaseDossierService {

    private final org.tiaojie.casework.account.PeopleNames people;

    private final EntityManager em;
    private final DisputeQueryService disputes;
    private final MediationService mediation;
    private final AgreementService agreements;
    private final AttachmentService attachments;

    CaseDossierService(EntityManager em, DisputeQueryService disputes, MediationService mediation,
            AgreementService agreements, AttachmentService attachments, org.tiaojie.casework.account.PeopleNames people) {
        this.people = people;
        this.em = em;
        this.disputes = disputes;
        this.mediation = mediation;
        this.agreements = agreements;
        this.attachments = attachments;
    }

    @PreAuthorize("hasAnyRole('OPERATOR','MEDIATOR','SUPERVISOR','COURT_CLERK','ADMIN')")
    @Transactional(readOnly = true)
    public CaseDossier dossier(long disputeId) {
        disputes.find(disputeId); // the jurisdiction check
        Dispute d = em.find(Dispute.class, disputeId);
        var org = d.getOrganisation();
        CaseDossier.Organisation organisation = org == null ? null : new CaseDossier.Organisation(org.getName(),
                org.getAddress(), org.getPhone(), org.getDistrict() == null ? null : org.getDistrict().getName(),
                org.getStreet() == null ? null : org.getStreet().getName(),
                org.getCommunity() == null ? null : org.getCommunity().getName(), org.committee(), org.seal());
        List<CaseDossier.Party> parties = d.getParties().stream().map(p -> new CaseDossier.Party(p.getId(), p.getRole(),
                p.isOrganisation(), p.getName(), p.getGender(), p.getBirthDate(), p.getIdNumber(), p.getPhone(),
                p.getAddress(), p.getCreditCode(), p.getLegalRepresentative(), p.getAgentName(), p.getAgentPhone(),
                p.getAgentAuthority(), p.getEthnicity(), p.getRepresentativeTitle())).toList();
        List<CaseDossier.Event> history = d.getHistory().stream().map(h -> new CaseDossier.Event(h.getAt(),
                people.name(h.getActor()), h.getFromState(), h.getToState(), h.getTier(), h.getReason(), h.getActivity())).toList();
        Instant accepted = history.stream().filter(e -> e.to() == DisputeState.ACCEPTED && e.from() != e.to())
                .map(CaseDossier.Event::at).findFirst().orElse(null);
        var compound = d.getCompound();
        return new CaseDossier(d.getId(), d.getVersion(), d.getCaseNumber(), d.getState(), d.getTier(), d.getChannel(),
                d.getExternalRef(), organisation, d.getCourt() == null ? null : d.getCourt().getName(),
                d.getCategory().getName(), compound.getName(), compound.getAddress(),
                compound.getPropertyCompany() == null ? null : compound.getPropertyCompany().getName(), d.getDescription(),
                d.getAmount(), d.isSupervised(), d.isGroupDispute(), d.getCallerName(), d.getCallerPhone(),
                d.getRegisteredAt(), accepted, d.getClosedAt(), d.getClosureType(), d.getTransferredTo(), parties, history,
                mediation.sessions(disputeId), mediation.investigations(disputeId), agreements.agreements(disputeId),
                mediation.visits(disputeId), attachments.list(disputeId), disputes.clocks(disputeId));
    }
}
