package org.tiaojie.web.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tiaojie.casework.intake.ImportLine;
import org.tiaojie.casework.intake.ImportOutcome;
import org.tiaojie.casework.intake.WorkOrder;
import org.tiaojie.casework.intake.WorkOrderProblem;

/**
 * Reads a work-order import file: XLSX (Apache POI, first sheet) or CSV (Apache Commons CSV, in
 * UTF-8 or, as Excel saves it on Chinese Windows, GB18030), recognised by content. The first row
 * names the columns, in Chinese or as the API's field names, in any order. Cells that cannot be
 * read as their type become problems of their row rather than failing the file.
 */
final class WorkOrderFile {

    static final int MAX_ROWS = 20_000;

    /** A file that cannot be read at all: a message key of the UI bundle and its arguments. */
    static final class Unreadable extends RuntimeException {
        final String key;
        final transient Object[] args;

        Unreadable(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = args;
        }
    }

    /** The columns: API field name → the Chinese heading written in templates and reports. */
    static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("orderNumber", "工单编号");
        COLUMNS.put("callerName", "来电人");
        COLUMNS.put("callerPhone", "来电号码");
        COLUMNS.put("compound", "小区");
        COLUMNS.put("community", "社区");
        COLUMNS.put("category", "纠纷类别");
        COLUMNS.put("description", "诉求内容");
        COLUMNS.put("partyCount", "涉及人数");
        COLUMNS.put("amount", "争议金额");
        COLUMNS.put("urgent", "紧急");
        COLUMNS.put("leaderInstruction", "领导批示");
        COLUMNS.put("publicOpinion", "重大舆情");
        // one further party besides the caller (the upstairs owner in a leak), as the case file would add it
        COLUMNS.put("otherPartyRole", "其他当事人身份");
        COLUMNS.put("otherPartyName", "其他当事人姓名");
        COLUMNS.put("otherPartyIdNumber", "其他当事人身份证号");
        COLUMNS.put("otherPartyPhone", "其他当事人电话");
        COLUMNS.put("otherPartyAddress", "其他当事人住址");
        COLUMNS.put("otherPartyAgent", "其他当事人委托代理人");
        COLUMNS.put("otherPartyAgentAuthority", "其他当事人代理权限");
    }

    /** 其他当事人代理权限 as written in a file. */
    private static final Map<String, org.tiaojie.casework.dispute.PartyDetails.AgentAuthority> AUTHORITIES = Map.of(
            "一般授权", org.tiaojie.casework.dispute.PartyDetails.AgentAuthority.GENERAL,
            "特别授权", org.tiaojie.casework.dispute.PartyDetails.AgentAuthority.SPECIAL,
            "GENERAL", org.tiaojie.casework.dispute.PartyDetails.AgentAuthority.GENERAL,
            "SPECIAL", org.tiaojie.casework.dispute.PartyDetails.AgentAuthority.SPECIAL);

    /** 其他当事人身份 as written in a file: the Chinese role or the API's name; empty means 第三人. */
    private static final Map<String, org.tiaojie.casework.dispute.PartyRole> ROLES = Map.of(
            "申请人", org.tiaojie.casework.dispute.PartyRole.APPLICANT,
            "被申请人", org.tiaojie.casework.dispute.PartyRole.RESPONDENT,
            "第三人", org.tiaojie.casework.dispute.PartyRole.THIRD_PARTY,
            "APPLICANT", org.tiaojie.casework.dispute.PartyRole.APPLICANT,
            "RESPONDENT", org.tiaojie.casework.dispute.PartyRole.RESPONDENT,
            "THIRD_PARTY", org.tiaojie.casework.dispute.PartyRole.THIRD_PARTY);

    private static final List<String> REQUIRED = List.of("orderNumber", "callerPhone", "compound", "category",
            "description");

    private WorkOrderFile() {
    }

    static List<ImportLine> read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new Unreadable("import.file.empty");
        }
        List<List<String>> rows = isZip(bytes) ? xlsx(bytes) : csv(bytes);
        if (rows.isEmpty()) {
            throw new Unreadable("import.file.empty");
        }
        Map<String, Integer> columns = header(rows.getFirst());
        List<String> missing = REQUIRED.stream().filter(f -> !columns.containsKey(f)).map(COLUMNS::get).toList();
        if (!missing.isEmpty()) {
            throw new Unreadable("import.file.columns", String.join("、", missing));
        }
        List<ImportLine> lines = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            if (lines.size() == MAX_ROWS) {
                throw new Unreadable("import.file.tooMany", MAX_ROWS);
            }
            lines.add(line(r + 1, row, columns));
        }
        if (lines.isEmpty()) {
            throw new Unreadable("import.file.noRows");
        }
        return lines;
    }

    private static ImportLine line(int number, List<String> row, Map<String, Integer> columns) {
        List<WorkOrderProblem> problems = new ArrayList<>();
        java.util.function.Function<String, String> cell = f -> {
            Integer i = columns.get(f);
            return i == null || i >= row.size() || row.get(i) == null ? null : row.get(i).strip();
        };
        Integer parties = null;
        String partyText = cell.apply("partyCount");
        if (partyText != null && !partyText.isEmpty()) {
            try {
                parties = new BigDecimal(partyText).intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                problems.add(new WorkOrderProblem("partyCount", "workOrder.integer", "@field.partyCount", partyText));
            }
        }
        BigDecimal amount = null;
        String amountText = cell.apply("amount");
        if (amountText != null && !amountText.isEmpty()) {
            try {
                amount = new BigDecimal(amountText.replace(",", "").replace("元", "").strip());
            } catch (NumberFormatException e) {
                problems.add(new WorkOrderProblem("amount", "workOrder.decimal", "@field.amount", amountText));
            }
        }
        return new ImportLine(number, new WorkOrder(cell.apply("orderNumber"), cell.apply("callerName"),
                cell.apply("callerPhone"), cell.apply("compound"), cell.apply("community"), cell.apply("category"),
                cell.apply("description"), parties, amount, flag(cell, "urgent", problems),
                flag(cell, "leaderInstruction", problems), flag(cell, "publicOpinion", problems),
                otherParty(cell, problems)), problems);
    }

    /**
     * The row's further party, when it names one; checked with the other parties when the row is registered
     * (a problem there names {@code parties[0]}). A role the file cannot mean is a problem of the row.
     */
    private static List<org.tiaojie.casework.dispute.PartyDetails> otherParty(
            java.util.function.Function<String, String> cell, List<WorkOrderProblem> problems) {
        String name = cell.apply("otherPartyName");
        if (name == null || name.isEmpty()) {
            return List.of();
        }
        String roleText = cell.apply("otherPartyRole");
        var role = roleText == null || roleText.isEmpty() ? org.tiaojie.casework.dispute.PartyRole.THIRD_PARTY
                : ROLES.get(roleText.toUpperCase(Locale.ROOT));
        if (role == null) {
            problems.add(new WorkOrderProblem("otherPartyRole", "workOrder.partyRole", roleText));
            return List.of();
        }
        String agent = cell.apply("otherPartyAgent");
        String authorityText = cell.apply("otherPartyAgentAuthority");
        var authority = authorityText == null || authorityText.isEmpty() ? null
                : AUTHORITIES.get(authorityText.toUpperCase(Locale.ROOT));
        if (authorityText != null && !authorityText.isEmpty() && authority == null) {
            problems.add(new WorkOrderProblem("otherPartyAgentAuthority", "workOrder.agentAuthority", authorityText));
            return List.of();
        }
        var party = org.tiaojie.casework.dispute.PartyDetails.person(role, name, emptyToNull(cell.apply(
                "otherPartyIdNumber")), emptyToNull(cell.apply("otherPartyPhone")), emptyToNull(cell.apply(
                "otherPartyAddress")));
        return List.of(agent == null || agent.isEmpty() ? party : party.withAgent(agent, null, authority));
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static Boolean flag(java.util.function.Function<String, String> cell, String field,
            List<WorkOrderProblem> problems) {
        String v = cell.apply(field);
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

    private static Map<String, Integer> header(List<String> first) {
        Map<String, String> names = new HashMap<>();
        COLUMNS.forEach((field, heading) -> {
            names.put(heading, field);
            names.put(field.toLowerCase(Locale.ROOT), field);
        });
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < first.size(); i++) {
            String h = first.get(i) == null ? "" : first.get(i).strip().replace("\uFEFF", "");
            String field = names.getOrDefault(h, names.get(h.toLowerCase(Locale.ROOT)));
            if (field != null) {
                columns.putIfAbsent(field, i);
            }
        }
        return columns;
    }

    private static boolean isZip(byte[] b) {
        return b.length > 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    private static List<List<String>> xlsx(byte[] bytes) {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter(Locale.ROOT);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? null : cell.getCellType() == CellType.NUMERIC
                                ? new BigDecimal(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
                                : format.formatCellValue(cell));
                    }
                }
                rows.add(cells);
                if (rows.size() > MAX_ROWS + 1) {
                    throw new Unreadable("import.file.tooMany", MAX_ROWS);
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof Unreadable u) {
                throw u;
            }
            throw new Unreadable("import.file.type");
        }
    }

    private static List<List<String>> csv(byte[] bytes) {
        Charset charset = utf8(bytes) ? StandardCharsets.UTF_8 : Charset.forName("GB18030");
        if (looksBinary(bytes)) {
            throw new Unreadable("import.file.type");
        }
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), charset);
                CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get().parse(reader)) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(record.toList());
                if (rows.size() > MAX_ROWS + 1) {
                    throw new Unreadable("import.file.tooMany", MAX_ROWS);
                }
            }
            return rows;
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new Unreadable("import.file.csv", e.getMessage());
        }
    }

    private static boolean utf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 4096);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F';
    }

    /** An empty file with the headings and one example row, for operators to fill in. */
    static byte[] template() {
        return csvBytes(List.of(List.copyOf(COLUMNS.values()), List.of("QX12345-20261201-0001", "张某某", "13800000000",
                "湖畔锦华苑", "湖畔社区", "物业服务质量/维修响应", "楼上漏水导致天花板发霉，物业未处理", "1", "", "否", "否", "否")));
    }

    /** The rows that did not import, with their line, order number and reasons, to correct and import again. */
    static byte[] errorReport(List<ImportOutcome> outcomes, Locale locale, String lineHeading, String numberHeading,
            String reasonHeading) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(lineHeading, numberHeading, reasonHeading));
        for (ImportOutcome o : outcomes) {
            if (o.status() == ImportOutcome.Status.REJECTED) {
                rows.add(List.of(String.valueOf(o.line()), o.orderNumber() == null ? "" : o.orderNumber(),
                        String.join(" ", o.problems().stream().map(p -> p.message(locale)).toList())));
            }
        }
        return csvBytes(rows);
    }

    /** UTF-8 with a byte-order mark, so that Excel opens the Chinese text correctly. */
    private static byte[] csvBytes(List<List<String>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
