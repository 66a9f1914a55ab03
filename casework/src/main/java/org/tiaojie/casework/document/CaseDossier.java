package org.tiaojie.casework.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.tiaojie.casework.agreement.AgreementView;
import org.tiaojie.casework.attachment.AttachmentRow;
import org.tiaojie.casework.dispute.Channel;
import org.tiaojie.casework.dispute.ClockView;
import org.tiaojie.casework.dispute.ClosureType;
import org.tiaojie.casework.dispute.DisputeActivity;
import org.tiaojie.casework.dispute.DisputeState;
import org.tiaojie.casework.dispute.PartyDetails;
import org.tiaojie.casework.dispute.PartyRole;
import org.tiaojie.casework.mediation.InvestigationRow;
import org.tiaojie.casework.mediation.ReturnVisitRow;
import org.tiaojie.casework.mediation.SessionRow;
import org.tiaojie.casework.organisation.Tier;

/**
 * Everything the documents of one case are written from, numbers unmasked: what a committee
 * prints and files carries the parties' full identity. Read through {@link CaseDossierService},
 * inside the reader's jurisdiction.
 */
public record CaseDossier(long disputeId, long version, String caseNumber, DisputeState state, Tier tier,
        Channel channel, String externalRef, Organisation organisation, String courtName, String categoryName,
        String compoundName, String compoundAddress, String propertyCompanyName, String description, BigDecimal amount,
        boolean supervised, boolean groupDispute, String callerName, String callerPhone, Instant registeredAt,
        Instant acceptedAt, Instant closedAt, ClosureType closureType, String transferredTo, List<Party> parties,
        List<Event> history, List<SessionRow> sessions, List<InvestigationRow> investigations,
        List<AgreementView> agreements, List<ReturnVisitRow> visits, List<AttachmentRow> attachments,
        List<ClockView> clocks) {

    /**
     * The organisation handling the case (a community room, a street centre, the district committee) and the
     * 人民调解委员会 it works for, which issues and seals the documents, with what its seal reads.
     */
    public record Organisation(String name, String address, String phone, String districtName, String streetName,
            String communityName, String committee, String seal) {
    }

    /** A party with full identity, as agreements and applications print it. */
    public record Party(long id, PartyRole role, boolean organisation, String name, PartyDetails.Gender gender,
            LocalDate birthDate, String idNumber, String phone, String address, String creditCode,
            String legalRepresentative, String agentName, String agentPhone, PartyDetails.AgentAuthority agentAuthority,
            String ethnicity, String representativeTitle) {

        public Party(long id, PartyRole role, boolean organisation, String name, PartyDetails.Gender gender,
                LocalDate birthDate, String idNumber, String phone, String address, String creditCode,
                String legalRepresentative, String agentName, String agentPhone,
                PartyDetails.AgentAuthority agentAuthority) {
            this(id, role, organisation, name, gender, birthDate, idNumber, phone, address, creditCode,
                    legalRepresentative, agentName, agentPhone, agentAuthority, null, null);
        }
    }

    /** A line of the history: a move of the lifecycle or recorded work, with its reason. */
    public record Event(Instant at, String actor, DisputeState from, DisputeState to, Tier tier, String reason,
            DisputeActivity activity) {
    }

    /** The newest agreement, if the case has one. */
    public Optional<AgreementView> agreement() {
        return agreements.isEmpty() ? Optional.empty() : Optional.of(agreements.getLast());
    }

    /** The latest move into {@code state}, if there was one. */
    public Optional<Event> lastMoveTo(DisputeState state) {
        return history.reversed().stream().filter(e -> e.to() == state && e.from() != state).findFirst();
    }
}
