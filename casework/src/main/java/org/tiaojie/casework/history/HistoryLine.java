package org.tiaojie.casework.history;

import java.util.function.Function;
import org.tiaojie.casework.intake.ImportLine;
import org.tiaojie.casework.intake.WorkOrderCells;

/**
 * One row of a history file (历史案件导入) as read: what it shares with a work order — the earlier system's number in
 * {@code orderNumber}, the registration time in {@code calledAt}, the applicant as the caller, compound, category,
 * words, parties — and what only a finished case has, as written: its 来源, 办结时间, 调解结果 and 结案说明.
 */
public record HistoryLine(ImportLine common, String channel, String endedAt, String outcome, String note) {

    /** The fields a history row may carry beyond a work order's, by their API names. */
    public static final java.util.List<String> FIELDS = java.util.List.of("channel", "endedAt", "outcome",
            "outcomeNote");

    /** The row numbered {@code line}, {@code cell} giving each field's text (null where absent). */
    public static HistoryLine read(int line, Function<String, String> cell) {
        Function<String, String> text = f -> {
            String v = cell.apply(f);
            return v == null || v.isBlank() ? null : v.strip();
        };
        return new HistoryLine(WorkOrderCells.read(line, cell), text.apply("channel"), text.apply("endedAt"),
                text.apply("outcome"), text.apply("outcomeNote"));
    }

    public int line() {
        return common.line();
    }
}
