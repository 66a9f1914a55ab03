package org.tiaojie.casework.intake;

import org.tiaojie.casework.organisation.Jurisdiction;

/** Which compounds lie in a user's area, as a JPQL condition on {@code m} (the community) and {@code s} (its street). */
final class CompoundArea {

    private CompoundArea() {
    }

    /** The condition with parameter {@code :area}, or null for a court, whose area holds no compounds. */
    static String condition(Jurisdiction area) {
        return switch (area.level()) {
            case COMMUNITY -> "m.id = :area";
            case STREET -> "s.id = :area";
            case DISTRICT -> "s.district.id = :area";
            case COURT -> null;
        };
    }
}
