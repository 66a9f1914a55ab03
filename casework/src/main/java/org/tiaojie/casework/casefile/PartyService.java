package org.tiaojie.casework.casefile;

import jakarta.persistence.EntityManager;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.tiaojie.casework.agreement.AgreementService;
import org.tiaojie.casework.attachment.AttachmentKind;
import org.tiaojie.casework.attachment.AttachmentService;
import org.tiaojie.casework.dispute.DisputeParty;
import org.tiaojie.casework.dispute.DisputeService;
import org.tiaojie.casework.dispute.PartyDetails;

/**
 * The parties of an open case after intake, kept by the mediators who handle it: a party joins, is corrected or
 * (before an agreement names the parties) removed, an agent's 授权委托书 is filed, and the description of the dispute
 * is corrected. Each is a line of the timeline, under the case's row lock and version check.
 */
@Service
public class PartyService {

    private final DisputeService disputes;
    private final AgreementService agreements;
    private final AttachmentService attachments;
    private final EntityManager em;

    PartyService(DisputeService disputes, AgreementService agreements, AttachmentService attachments,
            EntityManager em) {
        this.em = em;
        this.disputes = disputes;
        this.agreements = agreements;
        this.attachments = attachments;
    }

    /** A party joins the case; returns its id. */
    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public long add(long disputeId, long version, PartyDetails details) {
        return disputes.work(disputeId, version, (d, now, actor) -> {
            DisputeParty party = d.joinParty(details, now, actor);
            em.persist(party); // its id now, for the caller
            return party.getId();
        });
    }

    /**
     * Corrects a party. A number left blank keeps the one on file (the screen shows numbers masked), so only a
     * number typed anew replaces it.
     */
    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void edit(long disputeId, long version, long partyId, PartyDetails details) {
        disputes.work(disputeId, version, (d, now, actor) -> {
            PartyDetails before = d.getParties().stream().filter(p -> p.getId() == partyId).findFirst()
                    .map(DisputeParty::details).orElse(null);
            d.editParty(partyId, before == null ? details : keepNumbers(details, before), now, actor);
            return null;
        });
    }

    /** Removes a party entered by mistake, refused once an agreement names the parties. */
    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void remove(long disputeId, long version, long partyId) {
        disputes.work(disputeId, version, (d, now, actor) -> {
            d.removeParty(partyId, agreements.concluded(disputeId), now, actor);
            return null;
        });
    }

    /** Files the agent's 授权委托书 as an attachment of the case and with the party; returns the attachment's id. */
    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public long fileAgentAuthority(long disputeId, long version, long partyId, String fileName, byte[] bytes) {
        attachments.check(fileName, bytes);
        return disputes.work(disputeId, version, (d, now, actor) -> {
            DisputeParty party = d.getParties().stream().filter(p -> p.getId() == partyId).findFirst().orElse(null);
            String title = party == null || party.getAgentName() == null ? "授权委托书"
                    : "授权委托书（" + party.getName() + "委托" + party.getAgentName() + "）";
            // a refusal below rolls the attachment back with the rest of the work
            long id = attachments.attach(d, AttachmentKind.POWER_OF_ATTORNEY, title, fileName, bytes, now, actor);
            d.fileAgentAuthority(partyId, id, now, actor);
            return id;
        });
    }

    /** Corrects the description of the dispute (the old text stays in the timeline). */
    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void correctDescription(long disputeId, long version, String text) {
        disputes.work(disputeId, version, (d, now, actor) -> {
            d.correctDescription(text, now, actor);
            return null;
        });
    }

    private static PartyDetails keepNumbers(PartyDetails entered, PartyDetails before) {
        return new PartyDetails(entered.role(), entered.organisation(), entered.name(), entered.gender(),
                entered.ethnicity(), entered.birthDate(), keep(entered.idNumber(), before.idNumber()),
                keep(entered.phone(), before.phone()), entered.address(), entered.creditCode(),
                entered.legalRepresentative(), entered.representativeTitle(), entered.representative(),
                entered.agentName(), keep(entered.agentPhone(), before.agentPhone()), entered.agentAuthority());
    }

    private static String keep(String entered, String before) {
        return entered == null || entered.isBlank() ? before : entered;
    }
}
