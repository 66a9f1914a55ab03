package org.tiaojie.web.intake;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tiaojie.casework.intake.ImportOutcome;

/** How many rows of an import came out each way, as the summary line says it. */
record ImportCounts(int total, Map<ImportOutcome.Status, Long> counts) {

    static ImportCounts of(List<ImportOutcome> outcomes) {
        Map<ImportOutcome.Status, Long> counts = new EnumMap<>(ImportOutcome.Status.class);
        outcomes.forEach(o -> counts.merge(o.status(), 1L, Long::sum));
        return new ImportCounts(outcomes.size(), counts);
    }

    long of(ImportOutcome.Status status) {
        return counts.getOrDefault(status, 0L);
    }

    /**
     * The arguments of the summary messages (import.checked, import.done): {0} rows, {1} ready, {2} registered, {3}
     * existing, {4} refused, {5} merged, {6} another district's, {7} sent again with other content, {8} of those
     * taken over into their cases.
     */
    Object[] args() {
        return new Object[] {total, of(ImportOutcome.Status.READY), of(ImportOutcome.Status.CREATED),
            of(ImportOutcome.Status.EXISTED), of(ImportOutcome.Status.REJECTED), of(ImportOutcome.Status.MERGED),
            of(ImportOutcome.Status.ELSEWHERE), of(ImportOutcome.Status.CHANGED), of(ImportOutcome.Status.UPDATED)};
    }
}
