package org.tiaojie.casework.organisation;

/** The three mediation tiers, lowest first. */
public enum Tier {
    COMMUNITY, STREET, DISTRICT;

    /** The next tier up, or null above the district (then: court or guidance to litigate). */
    public Tier next() {
        return this == DISTRICT ? null : values()[ordinal() + 1];
    }
}
