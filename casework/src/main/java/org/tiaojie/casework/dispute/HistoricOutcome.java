package org.tiaojie.casework.dispute;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a case brought in from an earlier system ended there (调解结果), and the state and closure type Tiaojie keeps it
 * in: the dashboard counts it by these like any case closed the same way (docs/DOMAIN.md, "History import").
 */
public enum HistoricOutcome {
    /** 调解成功: an agreement was reached and the case closed on it. */
    AGREED(ClosureType.AGREEMENT, "调解成功", "达成协议", "已调解", "成功"),
    /** 调解不成功: no agreement; the parties were told of litigation or other ways (人民调解法 Art. 26). */
    NOT_AGREED(ClosureType.GUIDED_TO_LITIGATION, "调解不成功", "调解失败", "未达成协议", "不成功", "失败"),
    /** 撤回: the applicant ended the mediation (人民调解法 Art. 23). */
    WITHDRAWN(ClosureType.WITHDRAWN, "撤回", "撤回申请", "申请人撤回", "终止调解"),
    /** 法院处理: the dispute went on to a court, whose outcome closed it. */
    COURT(ClosureType.COURT_OUTCOME, "法院处理", "移送法院", "诉讼解决", "司法确认"),
    /** 不予受理: the earlier system did not take the case up. */
    REJECTED(null, "不予受理", "不受理");

    private final ClosureType closure;
    private final List<String> names;

    HistoricOutcome(ClosureType closure, String... names) {
        this.closure = closure;
        this.names = List.of(names);
    }

    /** The closure type a closed case keeps, or null for a case that was never taken up. */
    public ClosureType closure() {
        return closure;
    }

    /** The outcome an earlier system wrote: one of the names above, or the constant's own name. */
    public static Optional<HistoricOutcome> named(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        for (HistoricOutcome o : values()) {
            if (o.names.contains(t) || o.name().equals(t.toUpperCase(Locale.ROOT))) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** The names a file may use, for a refusal to list them. */
    public static String accepted() {
        return String.join("、", java.util.Arrays.stream(values()).map(o -> o.names.getFirst()).toList());
    }
}
