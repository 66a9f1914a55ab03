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
import java.util.function.Function;
import org.tiaojie.casework.intake.ImportLine;
import org.tiaojie.casework.intake.ImportMapping;
import org.tiaojie.casework.intake.PlatformMapping;
import org.tiaojie.casework.intake.WorkOrderImportService;
import org.tiaojie.casework.intake.ImportOutcome;

/**
 * Reads a work-order import file: XLSX (Apache POI, first sheet) or CSV (Apache Commons CSV, in
 * UTF-8 or, as Excel saves it on Chinese Windows, GB18030), recognised by content. The first row
 * names the columns, in Chinese or as the API's field names, in any order. Cells that cannot be
 * read as their type become problems of their row rather than failing the file.
 */
public final class WorkOrderFile {

    /** The most rows of one file when no limit is configured (tiaojie.import.max-rows). */
    static final int MAX_ROWS = 20_000;

    /** A file that cannot be read at all: a message key of the UI bundle and its arguments. */
    public static final class Unreadable extends RuntimeException {
        final String key;
        final transient Object[] args;

        /** The message key, of the UI bundle. */
        public String key() {
            return key;
        }

        public Object[] args() {
            return args.clone();
        }


        public Unreadable(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = args;
        }
    }

    /** The columns: API field name → the Chinese heading written in templates and reports. */
    static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("orderNumber", "工单编号");
        COLUMNS.put("calledAt", "来电时间");
        COLUMNS.put("callerName", "来电人");
        COLUMNS.put("callerPhone", "来电号码");
        COLUMNS.put("contactPhone", "联系电话");
        COLUMNS.put("compound", "小区");
        COLUMNS.put("community", "社区");
        COLUMNS.put("address", "详细地址");
        COLUMNS.put("category", "纠纷类别");
        COLUMNS.put("subCategory", "诉求小类");
        COLUMNS.put("description", "诉求内容");
        COLUMNS.put("replyDays", "办理时限(工作日)");
        COLUMNS.put("dispatchNote", "派单要求");
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

    private WorkOrderFile() {
    }

    /**
     * A file read: its rows as orders, and how its headings were understood — by Tiaojie's own template ({@code
     * platform} null) or by a platform's saved mapping — with the headings whose columns are not imported.
     */
    public record Read(List<ImportLine> lines, String platform, List<String> unknownHeadings, List<String> ignoredHeadings,
            List<String> header, List<List<String>> rows) {
    }

    /**
     * The heading of the reasons column an error report adds, in either language: a corrected report imports as it is,
     * that column left out without a warning.
     */
    static final List<String> REPORT_REASON = List.of("导入失败原因", "Why not imported");

    /** A file in Tiaojie's own template. */
    static List<ImportLine> read(byte[] bytes) {
        return read(bytes, header -> List.of()).lines();
    }

    /**
     * Reads a file by Tiaojie's template when its headings are the template's, else by the saved platform mapping
     * that reads it best ({@code mappings}: the candidates for a heading row, the best first).
     */
    static Read read(byte[] bytes, Function<List<String>, List<PlatformMapping>> mappings) {
        return read(bytes, mappings, MAX_ROWS);
    }

    /** {@link #read(byte[], Function)} with at most {@code maxRows} rows (more is refused, the file whole). */
    public static Read read(byte[] bytes, Function<List<String>, List<PlatformMapping>> mappings, int maxRows) {
        if (bytes == null || bytes.length == 0) {
            throw new Unreadable("import.file.empty");
        }
        List<List<String>> rows = isZip(bytes) ? xlsx(bytes, maxRows) : csv(bytes, maxRows);
        if (rows.isEmpty()) {
            throw new Unreadable("import.file.empty");
        }
        List<String> header = rows.getFirst();
        // an error report's reasons column is no column of the platform's: read past it
        List<String> reportColumns = header.stream().filter(h -> h != null && REPORT_REASON.contains(h.strip())).toList();
        header = header.stream().map(h -> h != null && REPORT_REASON.contains(h.strip()) ? "" : h).toList();
        PlatformMapping template = new PlatformMapping(null, TEMPLATE, header);
        PlatformMapping chosen = template;
        if (!template.missing().isEmpty()) {
            List<PlatformMapping> candidates = mappings.apply(header);
            if (!candidates.isEmpty() && (candidates.getFirst().missing().isEmpty()
                    || candidates.getFirst().matched() > template.matched())) {
                chosen = candidates.getFirst();
            }
        }
        if (!chosen.missing().isEmpty()) {
            String names = String.join("、", chosen.missing().stream().map(f -> COLUMNS.getOrDefault(f, f)).toList());
            throw chosen.platform() == null ? new Unreadable("import.file.columns", names)
                    : new Unreadable("import.file.mappingColumns", chosen.platform(), names);
        }
        List<ImportLine> lines = new ArrayList<>();
        List<List<String>> kept = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            if (lines.size() == maxRows) {
                throw new Unreadable("import.file.tooMany", maxRows);
            }
            lines.add(chosen.read(r + 1, row));
            kept.add(row);
        }
        if (lines.isEmpty()) {
            throw new Unreadable("import.file.noRows");
        }
        List<String> ignored = new ArrayList<>(chosen.ignoredHeadings());
        ignored.addAll(reportColumns);
        return new Read(lines, chosen.platform(), chosen.unknownHeadings(), ignored, rows.getFirst(), kept);
    }

    /** Tiaojie's template as a mapping: each heading, and each field's API name, read as that field. */
    private static final ImportMapping.Definition TEMPLATE;

    static {
        Map<String, String> columns = new LinkedHashMap<>();
        COLUMNS.forEach((field, heading) -> {
            columns.put(heading, field);
            columns.put(field, field);
        });
        TEMPLATE = new ImportMapping.Definition(columns, Map.of(), List.of(), List.of());
    }

    private static boolean isZip(byte[] b) {
        return b.length > 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    private static List<List<String>> xlsx(byte[] bytes, int maxRows) {
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
                        cells.add(cell == null ? null : text(cell, format));
                    }
                }
                rows.add(cells);
                if (rows.size() > maxRows + 1) {
                    throw new Unreadable("import.file.tooMany", maxRows);
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

    private static final java.time.format.DateTimeFormatter EXCEL_TIME = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss");

    /**
     * A cell as it was written: a number by the shortest decimal that is the stored double (7938.49, not
     * 7938.4899999999997817), whole and long numbers without exponent (13800000000), a date or time as
     * yyyy-MM-dd HH:mm:ss; text and everything else as Excel shows it.
     */
    private static String text(Cell cell, DataFormatter format) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type != CellType.NUMERIC) {
            return type == CellType.STRING ? cell.getStringCellValue() : format.formatCellValue(cell);
        }
        if (org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
            return EXCEL_TIME.format(cell.getLocalDateTimeCellValue());
        }
        return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
    }

    private static List<List<String>> csv(byte[] bytes, int maxRows) {
        Charset charset = utf8(bytes) ? StandardCharsets.UTF_8 : Charset.forName("GB18030");
        if (looksBinary(bytes)) {
            throw new Unreadable("import.file.type");
        }
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), charset);
                CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get().parse(reader)) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(record.toList());
                if (rows.size() > maxRows + 1) {
                    throw new Unreadable("import.file.tooMany", maxRows);
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
        return csvBytes(List.of(List.copyOf(COLUMNS.values()), List.of("QX12345-20261201-0001", "2026-12-01 09:30",
                "张某某", "13800000000", "", "湖畔锦华苑", "湖畔社区", "湖畔锦华苑3栋2单元501室", "物业服务质量/维修响应", "",
                "楼上漏水导致天花板发霉，物业未处理", "15", "请属地社区核实处理并回复来电人", "1", "", "否", "否", "否")));
    }

    /**
     * The rows that did not import as the file had them — its own headings and cells — with the reasons in a last
     * column, so that the corrected report imports as it is. {@code outcomes} are the file's rows in order.
     */
    static byte[] errorReport(Read file, List<ImportOutcome> outcomes, Locale locale, String reasonHeading) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = file.header().stream().filter(h -> h == null || !REPORT_REASON.contains(h.strip()))
                .map(h -> h == null ? "" : h.replace("\uFEFF", "")).toList();
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < file.header().size(); i++) {
            String h = file.header().get(i);
            if (h == null || !REPORT_REASON.contains(h.strip())) {
                keep.add(i);
            }
        }
        List<String> head = new ArrayList<>(header);
        head.add(reasonHeading);
        rows.add(head);
        for (int i = 0; i < outcomes.size() && i < file.rows().size(); i++) {
            ImportOutcome o = outcomes.get(i);
            if (o.status() != ImportOutcome.Status.REJECTED) {
                continue;
            }
            List<String> original = file.rows().get(i);
            List<String> row = new ArrayList<>();
            for (int k : keep) {
                row.add(k < original.size() && original.get(k) != null ? original.get(k) : "");
            }
            row.add(String.join(" ", o.problems().stream().map(p -> p.message(locale)).toList()));
            rows.add(row);
        }
        return csvBytes(rows);
    }

    /** An import's result to take away: each row's line, order number, outcome, case number and organisation. */
    static byte[] result(List<ImportOutcome> outcomes, Map<Long, WorkOrderImportService.CaseRef> cases,
            List<String> headings, Function<ImportOutcome.Status, String> status) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(headings);
        for (ImportOutcome o : outcomes) {
            WorkOrderImportService.CaseRef ref = o.disputeId() == null ? null : cases.get(o.disputeId());
            rows.add(List.of(String.valueOf(o.line()), o.orderNumber() == null ? "" : o.orderNumber(),
                    status.apply(o.status()), ref == null ? "" : ref.caseNumber(),
                    ref == null || ref.organisation() == null ? "" : ref.organisation()));
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
