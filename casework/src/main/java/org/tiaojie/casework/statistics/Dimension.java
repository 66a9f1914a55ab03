package org.tiaojie.casework.statistics;

/** What a dashboard breaks its figures down by, and a drill-down narrows to. */
public enum Dimension {
    /** The month (Beijing time) of the figure's time: registration or closure. */
    MONTH,
    /** A top-level category, with its children. */
    CATEGORY,
    /** The tier the dispute is at; the key {@code NONE} for none. */
    TIER,
    /** The part of the area below it: streets of a district, communities of a street, compounds of a community. */
    AREA
}
