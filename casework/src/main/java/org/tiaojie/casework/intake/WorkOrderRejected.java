package org.tiaojie.casework.intake;

import java.util.List;
import org.tiaojie.casework.shared.CaseworkException;

/** A work order refused before anything was stored, with every problem found. */
public class WorkOrderRejected extends CaseworkException {

    private final transient List<WorkOrderProblem> problems;

    public WorkOrderRejected(List<WorkOrderProblem> problems) {
        super(problems.getFirst().key(), problems.getFirst().args());
        this.problems = List.copyOf(problems);
    }

    public List<WorkOrderProblem> problems() {
        return problems;
    }
}
