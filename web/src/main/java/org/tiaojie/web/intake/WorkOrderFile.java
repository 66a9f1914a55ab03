package org.tiaojie.web.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tiaojie.casework.intake.ImportLine;
import org.tiaojie.casework.intake.ImportMapping;
import org.tiaojie.casework.intake.ImportOutcome;
import org.tiaojie.casework.intake.PlatformMapping;
import org.tiaojie.casework.intake.WorkOrderImportService;

/**
 * Tiaojie's own import template and what an import gives back: the template's columns (in Chinese or as the API's
 * field names, in any order), which of the template or a saved platform mapping reads a file's heading row, a small
 * file read whole ({@link SheetRows} reads the rows, {@link ImportSource} in chunks), the error report with the file's
 * own columns and the result to take away. Cells that cannot be read as their type become problems of their row.
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
        ImportSource<ImportLine> source = ImportSource.open(SheetRows.Input.of(bytes), mappings, maxRows);
        List<ImportLine> lines = new ArrayList<>();
        List<List<String>> kept = new ArrayList<>();
        source.chunks(1000, chunk -> {
            lines.addAll(chunk.lines());
            kept.addAll(chunk.cells());
        });
        return new Read(lines, source.platform(), source.unknownHeadings(), source.ignoredHeadings(), source.header(),
                kept);
    }

    /** How a file's rows are read, decided by its heading row: the mapping, the columns left out, the headings. */
    public record Reading(PlatformMapping mapping, List<String> ignored, List<String> header) {
    }

    /**
     * Decides by the heading row: Tiaojie's template when the file carries the template's required columns, else the
     * best of the saved mappings ({@code mappings}: the candidates for a heading row, the best first); a file lacking
     * a required column under the one chosen is refused, naming the columns.
     */
    static Reading reading(List<String> header, Function<List<String>, List<PlatformMapping>> mappings) {
        return reading(header, TEMPLATE, PlatformMapping.REQUIRED, COLUMNS, mappings);
    }

    /**
     * {@link #reading(List, Function)} for any of Tiaojie's templates ({@code template}, its {@code required} fields,
     * their headings in {@code columns}); {@code mappings} gives the platform mappings to try, none for a history file.
     */
    static Reading reading(List<String> header, ImportMapping.Definition template, List<String> required,
            Map<String, String> columns, Function<List<String>, List<PlatformMapping>> mappings) {
        // an error report's reasons column is no column of the platform's: read past it
        List<String> reportColumns = header.stream().filter(h -> h != null && REPORT_REASON.contains(h.strip())).toList();
        List<String> read = header.stream().map(h -> h != null && REPORT_REASON.contains(h.strip()) ? "" : h).toList();
        PlatformMapping byTemplate = new PlatformMapping(null, template, read);
        PlatformMapping chosen = byTemplate;
        if (!byTemplate.missing(required).isEmpty()) {
            List<PlatformMapping> candidates = mappings.apply(read);
            if (!candidates.isEmpty() && (candidates.getFirst().missing().isEmpty()
                    || candidates.getFirst().matched() > byTemplate.matched())) {
                chosen = candidates.getFirst();
            }
        }
        List<String> lacking = chosen == byTemplate ? chosen.missing(required) : chosen.missing();
        if (!lacking.isEmpty()) {
            String names = String.join("、", lacking.stream().map(f -> columns.getOrDefault(f, f)).toList());
            throw chosen.platform() == null ? new Unreadable("import.file.columns", names)
                    : new Unreadable("import.file.mappingColumns", chosen.platform(), names);
        }
        List<String> ignored = new ArrayList<>(chosen.ignoredHeadings());
        ignored.addAll(reportColumns);
        return new Reading(chosen, List.copyOf(ignored), header);
    }

    /** Tiaojie's template as a mapping: each heading, and each field's API name, read as that field. */
    private static final ImportMapping.Definition TEMPLATE = template(COLUMNS);

    /** A template's columns (field → heading) as a mapping that reads each heading and each field's own name. */
    static ImportMapping.Definition template(Map<String, String> fieldHeadings) {
        Map<String, String> columns = new LinkedHashMap<>();
        fieldHeadings.forEach((field, heading) -> {
            columns.put(heading, field);
            columns.put(field, field);
        });
        return new ImportMapping.Definition(columns, Map.of(), List.of(), List.of());
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

    /** {@link #errorReport(Read, List, Locale, String)} for a file read in chunks: its refused rows read again. */
    static byte[] errorReport(ImportSource<?> source, List<ImportOutcome> outcomes, Locale locale, String reasonHeading) {
        Map<Integer, ImportOutcome> refusedAt = new HashMap<>();
        for (ImportOutcome o : outcomes) {
            if (o.status() == ImportOutcome.Status.REJECTED) {
                refusedAt.put(o.line(), o);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        List<ImportOutcome> refused = new ArrayList<>();
        java.util.Iterator<Integer> order = refusedAt.keySet().stream().sorted().iterator();
        source.rows(refusedAt.keySet(), row -> {
            rows.add(row);
            refused.add(refusedAt.get(order.next()));
        });
        return errorReport(new Read(List.of(), source.platform(), source.unknownHeadings(), source.ignoredHeadings(),
                source.header(), rows), refused, locale, reasonHeading);
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
    static byte[] csvBytes(List<List<String>> rows) {
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
