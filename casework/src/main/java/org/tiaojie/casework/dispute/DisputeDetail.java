package org.tiaojie.casework.dispute;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tiaojie.casework.deadline.ClockKind;
import org.tiaojie.casework.organisation.Tier;

/**
 * A dispute's case file as a screen shows it: header, facts, parties (phone and ID numbers
 * masked), clocks, timeline and related disputes. {@code actionable} says whether the viewer's
 * organisation handles the dispute and may act on it; {@code moves} says what the viewer may do now
 * and why not the rest ({@link Dispute#moves}).
 */
public record DisputeDetail(long id, long version, String caseNumber, DisputeState state, Tier tier,
        String organisationName, String courtName, Channel channel, String externalRef, String categoryName,
        String compoundName, String compoundAddress, String propertyCompanyName, String description, BigDecimal amount,
        int partyCount, boolean groupDispute, boolean leaderInstruction, boolean publicOpinion, boolean urgent,
        boolean supervised, String callerName, String callerPhoneMasked, Instant registeredAt, LocalDate dueDate,
        ClosureType closureType, String transferredTo, int contactCount, boolean actionable, List<Party> parties,
        List<ClockView> clocks, List<TimelineEntry> timeline, List<Related> related,
        List<ClockKind> extendableClocks, List<CaseMove.Option> moves, String contactPhoneMasked, String addressDetail,
        String dispatchNote) {

    /** The moves open to the viewer now, in the order the case file offers them. */
    public List<CaseMove.Option> openMoves() {
        return moves.stream().filter(CaseMove.Option::allowed).toList();
    }

    /** Whether the viewer may make this move now. */
    public boolean may(CaseMove move) {
        return moves.stream().anyMatch(o -> o.move() == move && o.allowed());
    }

    /** A party with its numbers masked; {@link DisputeQueryService#revealParty} shows them, audited. */
    public record Party(long id, PartyRole role, boolean organisation, String name, String gender, LocalDate birthDate,
            String idNumberMasked, String phoneMasked, String address, String creditCode, String legalRepresentative,
            boolean representative, String agentName, String agentPhoneMasked, PartyDetails.AgentAuthority agentAuthority,
            String ethnicity, String representativeTitle, Long powerOfAttorneyId) {
    }

    /** One line of the timeline: a move of the lifecycle, recorded work ({@code activity}) or a merged contact. */
    public record TimelineEntry(Instant at, String actor, DisputeState from, DisputeState to, Tier tier,
            String reason, Channel contactChannel, String contactText, DisputeActivity activity) {

        public boolean isContact() {
            return contactChannel != null;
        }
    }

    /** A linked dispute; its case number is shown only when the viewer may see it. */
    public record Related(long id, String caseNumber, DisputeLink.Kind kind, String reason) {
    }

    /** The unmasked numbers of one party. */
    public record Revealed(String idNumber, String phone, String agentPhone) {
    }
}
