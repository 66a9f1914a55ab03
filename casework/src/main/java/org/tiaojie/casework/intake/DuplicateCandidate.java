package org.tiaojie.casework.intake;

import java.util.Set;
import org.tiaojie.casework.dispute.DisputeRow;

/**
 * An open dispute a new call may repeat, with why and how close the wording is (0–1), the start of its
 * description so the operator can compare without opening it, and its caller by name with the number masked.
 */
public record DuplicateCandidate(DisputeRow dispute, Set<DuplicateReason> reasons, double similarity,
        String excerpt, String caller) {
}
