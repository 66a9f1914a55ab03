package org.tiaojie.casework.dispute;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * What a list asks for, inside the viewer's jurisdiction (always applied by the service).
 * Null or empty parts do not filter.
 *
 * @param dueBefore only disputes whose deadline is before this date (overdue lists)
 * @param registeredSince only disputes registered at or after this instant
 */
public record DisputeFilter(Set<DisputeState> states, boolean ownOrganisationOnly, boolean supervisedOnly,
        Set<Channel> channels, String text, LocalDate dueBefore, Instant registeredSince) {

    public static DisputeFilter all() {
        return new DisputeFilter(Set.of(), false, false, Set.of(), null, null, null);
    }

    public static DisputeFilter open() {
        return all().withStates(DisputeState.openStates());
    }

    public DisputeFilter ownOrganisation() {
        return new DisputeFilter(states, true, supervisedOnly, channels, text, dueBefore, registeredSince);
    }

    public DisputeFilter supervised() {
        return new DisputeFilter(states, ownOrganisationOnly, true, channels, text, dueBefore, registeredSince);
    }

    public DisputeFilter withStates(Set<DisputeState> newStates) {
        return new DisputeFilter(newStates, ownOrganisationOnly, supervisedOnly, channels, text, dueBefore,
                registeredSince);
    }

    public DisputeFilter withText(String newText) {
        return new DisputeFilter(states, ownOrganisationOnly, supervisedOnly, channels, newText, dueBefore,
                registeredSince);
    }

    public DisputeFilter withDueBefore(LocalDate date) {
        return new DisputeFilter(states, ownOrganisationOnly, supervisedOnly, channels, text, date, registeredSince);
    }

    public DisputeFilter withRegisteredSince(Instant since) {
        return new DisputeFilter(states, ownOrganisationOnly, supervisedOnly, channels, text, dueBefore, since);
    }
}
