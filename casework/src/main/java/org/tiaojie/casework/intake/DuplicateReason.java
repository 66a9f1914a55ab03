package org.tiaojie.casework.intake;

/** Why intake thinks a new call may be about a dispute already registered. */
public enum DuplicateReason {
    /** The repeat-call rule would keep the call on it (the API and the import merge it there on their own). */
    REPEAT_RULE,
    /** The same phone number called about it (as caller or on a merged call). */
    SAME_CALLER,
    /** Same compound and same category, registered within the last 30 days. */
    SAME_COMPOUND_CATEGORY,
    /** The descriptions share much of their wording. */
    SIMILAR_TEXT
}
