package org.tiaojie.casework.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tiaojie.casework.dispute.PartyDetails;
import org.tiaojie.casework.dispute.PartyRole;
import org.tiaojie.casework.dispute.PlatformDetails;
import org.tiaojie.casework.shared.CaseworkConfiguration;

/**
 * Reads one row of an import file into a work order, field by field, whatever the file's headings were (Tiaojie's
 * own template, or a platform's export through its {@link PlatformMapping}): a cell that cannot be read as its type
 * becomes a problem of its row naming the value and what was expected, never a failure of the file. The fields
 * are the API's names ({@link #FIELDS}).
 */
public final class WorkOrderCells {

    /** Every field a row may carry, by the API's name. */
    public static final List<String> FIELDS = List.of("orderNumber", "calledAt", "callerName", "callerPhone",
            "contactPhone", "compound", "community", "address", "category", "subCategory", "description", "partyCount",
            "amount", "urgent", "leaderInstruction", "publicOpinion", "replyDays", "dispatchNote", "otherPartyRole",
            "otherPartyName", "otherPartyIdNumber", "otherPartyPhone", "otherPartyAddress", "otherPartyAgent",
            "otherPartyAgentAuthority");

    /** A date and time as platforms and Excel write them: 2026-08-31 11:21:00, 2026/8/31 11:21, 2026年08月31日 11:21. */
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:\\s*[T ]?\\s*(\\d{1,2})\\s*[:：时]\\s*(\\d{1,2})"
                    + "(?:\\s*[:：分]\\s*(\\d{1,2})(?:\\.\\d+)?\\s*秒?)?\\s*分?)?");

    private static final Map<String, PartyDetails.AgentAuthority> AUTHORITIES = Map.of(
            "一般授权", PartyDetails.AgentAuthority.GENERAL, "特别授权", PartyDetails.AgentAuthority.SPECIAL,
            "GENERAL", PartyDetails.AgentAuthority.GENERAL, "SPECIAL", PartyDetails.AgentAuthority.SPECIAL);

    private static final Map<String, PartyRole> ROLES = Map.of(
            "申请人", PartyRole.APPLICANT, "被申请人", PartyRole.RESPONDENT, "第三人", PartyRole.THIRD_PARTY,
            "APPLICANT", PartyRole.APPLICANT, "RESPONDENT", PartyRole.RESPONDENT, "THIRD_PARTY", PartyRole.THIRD_PARTY);

    private WorkOrderCells() {
    }

    /** The row numbered {@code line} in its file, {@code cell} giving each field's text (null where absent). */
    public static ImportLine read(int line, Function<String, String> cell) {
        Function<String, String> text = f -> {
            String v = cell.apply(f);
            return v == null ? null : v.strip();
        };
        List<WorkOrderProblem> problems = new ArrayList<>();
        Integer parties = integer(text, "partyCount", problems);
        BigDecimal amount = null;
        String amountText = text.apply("amount");
        if (amountText != null && !amountText.isEmpty()) {
            try {
                amount = new BigDecimal(amountText.replace(",", "").replace("，", "").replace("元", "")
                        .replace("¥", "").strip());
            } catch (NumberFormatException e) {
                problems.add(new WorkOrderProblem("amount", "workOrder.decimal", "@field.amount", amountText));
            }
        }
        PlatformDetails platform = new PlatformDetails(calledAt(text.apply("calledAt"), problems),
                integer(text, "replyDays", problems), text.apply("contactPhone"), text.apply("address"),
                text.apply("dispatchNote"));
        return new ImportLine(line, new WorkOrder(text.apply("orderNumber"), text.apply("callerName"),
                text.apply("callerPhone"), text.apply("compound"), text.apply("community"),
                category(text.apply("category"), text.apply("subCategory")), text.apply("description"), parties,
                amount, flag(text, "urgent", problems), flag(text, "leaderInstruction", problems),
                flag(text, "publicOpinion", problems), otherParty(text, problems), platform), problems);
    }

    /** A category and its sub-category as two cells, given as one: "大类/细类" ({@link WorkOrderService} resolves it). */
    private static String category(String category, String sub) {
        boolean hasCategory = category != null && !category.isEmpty();
        boolean hasSub = sub != null && !sub.isEmpty();
        return hasCategory && hasSub ? category + "/" + sub : hasCategory ? category : hasSub ? sub : null;
    }

    /** The call time, read as written in the district's time zone. */
    static Instant calledAt(String value, List<WorkOrderProblem> problems) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return dateTime(value).orElseGet(() -> {
            problems.add(new WorkOrderProblem("calledAt", "workOrder.calledAt.format", value));
            return null;
        });
    }

    /**
     * A date, with or without its time, as platforms, earlier systems and Excel write them, read in the district's
     * time zone; empty when it is none (2026-02-30 included).
     */
    public static java.util.Optional<Instant> dateTime(String value) {
        Matcher m = DATE_TIME.matcher(value == null ? "" : value.strip());
        if (m.matches()) {
            try {
                LocalDateTime at = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
                        m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                return java.util.Optional.of(at.atZone(CaseworkConfiguration.ZONE).toInstant());
            } catch (java.time.DateTimeException e) {
                // 2026-02-30: no date
            }
        }
        return java.util.Optional.empty();
    }

    private static Integer integer(Function<String, String> text, String field, List<WorkOrderProblem> problems) {
        String v = text.apply(field);
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(v).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            problems.add(new WorkOrderProblem(field, "workOrder.integer", "@field." + field, v));
            return null;
        }
    }

    private static Boolean flag(Function<String, String> text, String field, List<WorkOrderProblem> problems) {
        String v = text.apply(field);
        if (v == null || v.isEmpty()) {
            return null;
        }
        switch (v.toLowerCase(Locale.ROOT)) {
            case "是", "y", "yes", "true", "1" -> {
                return true;
            }
            case "否", "n", "no", "false", "0" -> {
                return false;
            }
            default -> {
                problems.add(new WorkOrderProblem(field, "workOrder.flag", "@field." + field, v));
                return null;
            }
        }
    }

    /**
     * The row's further party, when it names one; checked with the other parties when the row is registered
     * (a problem there names {@code parties[0]}). A role the file cannot mean is a problem of the row.
     */
    private static List<PartyDetails> otherParty(Function<String, String> text, List<WorkOrderProblem> problems) {
        String name = text.apply("otherPartyName");
        if (name == null || name.isEmpty()) {
            return List.of();
        }
        String roleText = text.apply("otherPartyRole");
        PartyRole role = roleText == null || roleText.isEmpty() ? PartyRole.THIRD_PARTY
                : ROLES.get(roleText.toUpperCase(Locale.ROOT));
        if (role == null) {
            problems.add(new WorkOrderProblem("otherPartyRole", "workOrder.partyRole", roleText));
            return List.of();
        }
        String agent = text.apply("otherPartyAgent");
        String authorityText = text.apply("otherPartyAgentAuthority");
        PartyDetails.AgentAuthority authority = authorityText == null || authorityText.isEmpty() ? null
                : AUTHORITIES.get(authorityText.toUpperCase(Locale.ROOT));
        if (authorityText != null && !authorityText.isEmpty() && authority == null) {
            problems.add(new WorkOrderProblem("otherPartyAgentAuthority", "workOrder.agentAuthority", authorityText));
            return List.of();
        }
        PartyDetails party = PartyDetails.person(role, name, emptyToNull(text.apply("otherPartyIdNumber")),
                emptyToNull(text.apply("otherPartyPhone")), emptyToNull(text.apply("otherPartyAddress")));
        return List.of(agent == null || agent.isEmpty() ? party : party.withAgent(agent, null, authority));
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
