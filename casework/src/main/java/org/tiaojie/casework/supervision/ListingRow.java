package org.tiaojie.casework.supervision;

import java.time.Instant;
import java.time.LocalDate;

/** A listed compound as the supervisor's list shows it. */
public record ListingRow(long id, LocalDate quarterStart, long compoundId, String compound, String community,
        String street, int complaints, int hotlineComplaints, int petitionComplaints, Integer ranking,
        boolean carriedOver, CompoundListing.ListingState state, Instant closedAt, String closedBy, String closingNote,
        long version) {
}
