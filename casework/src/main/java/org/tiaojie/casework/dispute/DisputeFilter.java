package org.tiaojie.casework.dispute;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.tiaojie.casework.organisation.Tier;

/**
 * What a list asks for, inside the viewer's jurisdiction (always applied by the service).
 * Null or empty parts do not filter.
 *
 * @param dueBefore only disputes whose nearest deadline's last day is before this date (overdue lists)
 * @param dueFrom only disputes whose nearest deadline's last day is on or after this date
 * @param registeredSince only disputes registered at or after this instant
 * @param categoryId a category; a top-level one includes its sub-categories
 * @param compoundId a compound
 * @param flags flags every listed dispute carries
 * @param warnCut only disputes whose nearest clock has, or has not yet, turned 临期 at an instant
 */
public record DisputeFilter(Set<DisputeState> states, boolean ownOrganisationOnly, boolean supervisedOnly,
        Set<Channel> channels, String text, LocalDate dueBefore, Instant registeredSince, LocalDate dueFrom, Tier tier,
        Long categoryId, boolean urgentOnly, Long compoundId, Set<DisputeFlag> flags, WarnCut warnCut,
        boolean handledByMe) {

    /**
     * Whether the nearest running clock has turned 临期 by {@code at} ({@code passed}) or not yet: the
     * clock's own warning time, the same rule the lists colour by and the sweep announces by.
     */
    public record WarnCut(Instant at, boolean passed) {
    }

    public DisputeFilter {
        flags = flags == null ? Set.of() : Set.copyOf(flags);
    }

    public DisputeFilter(Set<DisputeState> states, boolean ownOrganisationOnly, boolean supervisedOnly,
            Set<Channel> channels, String text, LocalDate dueBefore, Instant registeredSince) {
        this(states, ownOrganisationOnly, supervisedOnly, channels, text, dueBefore, registeredSince, null, null, null,
                false, null, Set.of(), null, false);
    }

    public static DisputeFilter all() {
        return new DisputeFilter(Set.of(), false, false, Set.of(), null, null, null);
    }

    public static DisputeFilter open() {
        return all().withStates(DisputeState.openStates());
    }

    public DisputeFilter ownOrganisation() {
        return new DisputeFilter(states, true, supervisedOnly, channels, text, dueBefore, registeredSince, dueFrom, tier,
                categoryId, urgentOnly, compoundId, flags, warnCut, handledByMe);
    }

    /** Only the cases the user is assigned to as 承办人 (我承办的). */
    public DisputeFilter handledByMe(boolean only) {
        return new DisputeFilter(states, ownOrganisationOnly, supervisedOnly, channels, text, dueBefore, registeredSince,
                dueFrom, tier, categoryId, urgentOnly, compoundId, flags, warnCut, only);
    }

    public DisputeFilter supervised() {
        return withSupervisedOnly(true);
    }

    public DisputeFilter withSupervisedOnly(boolean only) {
        return new DisputeFilter(states, ownOrganisationOnly, only, channels, text, dueBefore, registeredSince, dueFrom,
                tier, categoryId, urgentOnly, compoundId, flags, warnCut, handledByMe);
    }

    public DisputeFilter withStates(Set<DisputeState> newStates) {
        return new DisputeFilter(newStates, ownOrganisationOnly, supervisedOnly, channels, text, dueBefore,
                registeredSince, dueFrom, tier, categoryId, urgentOnly, compoundId, flags, warnCut, handledByMe);
    }

    public DisputeFilter withText(String newText) {
        return new DisputeFilter(states, ownOrganisationOnly, supervisedOnly, channels, newText, dueBefore,
                registeredSince, dueFrom, tier, categoryId, urgentOnly, compoundId, flags, warnCut, handledByMe);
    }

    public DisputeFilter withDueBefore(LocalDate date) {
        return new DisputeFilter(states, ownOrganisationOnly, supervisedOnly, channels, text, date, registeredSince,
                dueFrom, tier, categoryId, urgentOnly, compoundId, flags, warnCut, handledByMe);
    }

    /** Nearest deadline's last day within [from, before); either end may be null. */
    public DisputeFilter withDueBetween(LocalDate from, LocalDate before) {
        return new DisputeFilter(states, ownOrganisationOnly, supervisedOnly, channels, text, before, registeredSince,
                from, tier, categoryId, urgentOnly, compoundId, flags, warnCut, handledByMe);
    }

    public DisputeFilter withRegisteredSince(Instant since) {
        return new DisputeFilter(states, ownOrganisationOnly, supervisedOnly, channels, text, dueBefore, since, dueFrom,
                tier, categoryId, urgentOnly, compoundId, flags, warnCut, handledByMe);
    }

    public DisputeFilter withTier(Tier newTier) {
        return new DisputeFilter(states, ownOrganisationOnly, supervisedOnly, channels, text, dueBefore, registeredSince,
                dueFrom, newTier, categoryId, urgentOnly, compoundId, flags, warnCut, handledByMe);
    }

    public DisputeFilter withCategory(Long newCategoryId) {
        return new DisputeFilter(states, ownOrganisationOnly, supervisedOnly, channels, text, dueBefore, registeredSince,
                dueFrom, tier, newCategoryId, urgentOnly, compoundId, flags, warnCut, handledByMe);
    }

    public DisputeFilter withCompound(Long newCompoundId) {
        return new DisputeFilter(states, ownOrganisationOnly, supervisedOnly, channels, text, dueBefore, registeredSince,
                dueFrom, tier, categoryId, urgentOnly, newCompoundId, flags, warnCut, handledByMe);
    }

    /** Only disputes carrying every one of these flags. */
    public DisputeFilter withFlags(Set<DisputeFlag> newFlags) {
        return new DisputeFilter(states, ownOrganisationOnly, supervisedOnly, channels, text, dueBefore, registeredSince,
                dueFrom, tier, categoryId, urgentOnly, compoundId, newFlags, warnCut, handledByMe);
    }

    /** Only disputes whose nearest running clock has (or, with {@code passed} false, has not) turned 临期 by {@code at}. */
    public DisputeFilter withWarnCut(Instant at, boolean passed) {
        return new DisputeFilter(states, ownOrganisationOnly, supervisedOnly, channels, text, dueBefore, registeredSince,
                dueFrom, tier, categoryId, urgentOnly, compoundId, flags, at == null ? null : new WarnCut(at, passed),
                handledByMe);
    }

    public DisputeFilter withUrgentOnly(boolean only) {
        return new DisputeFilter(states, ownOrganisationOnly, supervisedOnly, channels, text, dueBefore, registeredSince,
                dueFrom, tier, categoryId, only, compoundId, flags, warnCut, handledByMe);
    }
}
