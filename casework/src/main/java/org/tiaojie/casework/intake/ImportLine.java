package org.tiaojie.casework.intake;

import java.util.List;

/**
 * One row of an import file: its line number in the file, the work order read from it, the
 * problems found while reading it (a number that is not one, a flag that is neither 是 nor 否), and,
 * for a file read by a platform's mapping, what the platform sent before the mapping translated it.
 */
public record ImportLine(int line, WorkOrder order, List<WorkOrderProblem> readProblems, Sent sent) {

    /**
     * The platform's own compound name and category pair as in the file, and whether its mapping says the compound
     * is another district's ({@code elsewhere}): what an operator resolves once, in the preview, for the mapping to
     * remember.
     */
    public record Sent(String compound, String category, String subCategory, boolean elsewhere) {
    }

    public ImportLine {
        readProblems = readProblems == null ? List.of() : List.copyOf(readProblems);
    }

    public ImportLine(int line, WorkOrder order, List<WorkOrderProblem> readProblems) {
        this(line, order, readProblems, null);
    }

    /** Whether the platform's mapping says this row's compound is another district's. */
    public boolean elsewhere() {
        return sent != null && sent.elsewhere();
    }
}
