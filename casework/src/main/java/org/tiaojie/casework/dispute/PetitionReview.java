package org.tiaojie.casework.dispute;

/**
 * Where a closed petition stands in 复查 and 复核 (信访工作条例 Art. 35 and 36): none (not a petition, or
 * not yet answered), 复查 may be asked for, under 复查, 复核 may be asked for, under 复核 (or in its
 * hearing), final.
 */
public enum PetitionReview {
    NONE, REVIEW_OPEN, UNDER_REVIEW, RECHECK_OPEN, UNDER_RECHECK, IN_HEARING, FINAL
}
