package org.tiaojie.casework.intake;

import java.util.List;

/**
 * One row of an import file: its line number in the file, the work order read from it, and the
 * problems found while reading it (a number that is not one, a flag that is neither 是 nor 否).
 */
public record ImportLine(int line, WorkOrder order, List<WorkOrderProblem> readProblems) {

    public ImportLine {
        readProblems = readProblems == null ? List.of() : List.copyOf(readProblems);
    }
}
