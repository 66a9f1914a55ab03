package org.tiaojie.casework.supervision;

import java.time.Instant;
import java.time.LocalDate;

/** A listed compound as the supervisor's list shows it. */
public record ListingRow(long id, LocalDate quarterStart, long compoundId, String compound, String community,
        String street, int complaints, int hotlineComplaints, int petitionComplaints, Integer ranking,
        boolean carriedOver, CompoundListing.ListingState state, Instant closedAt, String closedBy, String closingNote,
        long version) {

    /** The same row with who closed it named as people know them. */
    ListingRow named(java.util.function.UnaryOperator<String> people) {
        return new ListingRow(id, quarterStart, compoundId, compound, community, street, complaints, hotlineComplaints,
                petitionComplaints, ranking, carriedOver, state, closedAt, people.apply(closedBy), closingNote, version);
    }
}
