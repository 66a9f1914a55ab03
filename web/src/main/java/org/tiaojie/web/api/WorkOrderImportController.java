package org.tiaojie.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tiaojie.casework.intake.ImportMappings;
import org.tiaojie.casework.intake.ImportOutcome;
import org.tiaojie.casework.intake.WorkOrderImportService;
import org.tiaojie.casework.intake.ImportLine;
import org.tiaojie.web.intake.ImportSource;
import org.tiaojie.web.intake.WorkOrderFile;

/**
 * The work-order import as a centre's nightly script sends it: the platform's export file as a form upload, read by
 * the named platform mapping (or, unnamed, the one its headings match, as on the screen), every row's verdict the
 * screen would give, as JSON. {@code dryRun} checks and stores nothing.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "work-orders", description = "12345 工单：推送与办结反馈 / 12345 work orders: push and reply")
@SecurityRequirement(name = ApiDocs.API_KEY)
class WorkOrderImportController {

    static final String PATH = "/work-orders/imports";
    private static final int CHUNK = 1000;

    private final WorkOrderImportService imports;
    private final ImportMappings mappings;
    private final int maxRows;
    private final org.tiaojie.web.base.TiaojieI18NProvider i18n;

    WorkOrderImportController(WorkOrderImportService imports, ImportMappings mappings,
            @Value("${tiaojie.import.max-rows:20000}") int maxRows, org.tiaojie.web.base.TiaojieI18NProvider i18n) {
        this.i18n = i18n;
        this.imports = imports;
        this.mappings = mappings;
        this.maxRows = maxRows;
    }

    /** The verdict of one row, as the import screen shows it. */
    record Row(int line, String orderNumber, String status, String statusLabel, String caseNumber,
            String organisation, List<Map<String, String>> errors) {
    }

    /** An import's answer: how the file was read, the counts, and every row. */
    record ImportResponse(String platform, List<String> unknownColumns, List<String> ignoredColumns, boolean dryRun,
            int rows, Map<String, Long> counts, List<Row> results) {
    }

    @PostMapping(path = PATH, consumes = "multipart/form-data")
    @Operation(summary = "导入平台导出的工单文件 / import a platform's export file",
            description = "表单字段 file 为 CSV（UTF-8 或 GB18030）或 XLSX；mapping 为平台导入映射的名称，省略时按列名自动匹配；"
                    + "dryRun=true 只检查不保存。每行的结果与导入页面相同。 / Form field file is a CSV (UTF-8 or GB18030) or"
                    + " XLSX; mapping names the platform's import mapping, matched by the headings when left out;"
                    + " dryRun=true checks and stores nothing. Each row's verdict is the import screen's.")
    @ApiResponse(responseCode = "200", description = "每行的结果 / every row's verdict")
    @ApiResponse(responseCode = "400", description = "文件无法读取或映射不存在，未保存任何内容 / file unreadable or no such"
            + " mapping, nothing stored",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "文件过大 / file too large",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ImportResponse> importFile(@RequestPart("file") MultipartFile file,
            @Parameter(description = "平台导入映射的名称 / the platform mapping's name")
            @RequestParam(name = "mapping", required = false) String mapping,
            @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun,
            @Parameter(description = "已登记的工单内容不同时：report 只列出（默认），contact 作为新来电并入原案件，update 更新原案件 /"
                    + " an order registered before and sent with other content: report (default), contact, update")
            @RequestParam(name = "changed", defaultValue = "report") String changed, HttpServletRequest http)
            throws IOException {
        WorkOrderImportService.Resend resend = java.util.Arrays.stream(WorkOrderImportService.Resend.values())
                .filter(r -> r.name().equalsIgnoreCase(changed.strip())).findFirst()
                .orElseThrow(() -> new WorkOrderFile.Unreadable("import.resend.unknown", changed));
        String named = mapping == null || mapping.isBlank() ? null : mapping.strip();
        java.nio.file.Path tmp = java.nio.file.Files.createTempFile("tj-import-", ".upload");
        try {
            // read from a file in chunks, like the screen: a file of any allowed size is never held whole
            file.transferTo(tmp);
            ImportSource<ImportLine> source = ImportSource.open(tmp, header -> named == null ? mappings.candidates(header)
                    : List.of(mappings.named(named, header).orElseThrow(
                            () -> new WorkOrderFile.Unreadable("import.mapping.none", named))), maxRows);
            List<ImportOutcome> outcomes = new java.util.ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            if (dryRun) {
                source.chunks(CHUNK, chunk -> outcomes.addAll(imports.check(chunk.lines(), seen)));
            } else {
                // the whole file read once first, without the database: one refused whole (too many rows, none)
                // stores nothing; then each chunk is checked and imported
                source.chunks(CHUNK, chunk -> { });
                source.chunks(CHUNK, chunk -> outcomes.addAll(imports.importAll(chunk.lines(), n -> { }, seen, resend)));
            }
            return answer(source, outcomes, dryRun, http);
        } finally {
            java.nio.file.Files.deleteIfExists(tmp);
        }
    }

    private ResponseEntity<ImportResponse> answer(ImportSource<?> read, List<ImportOutcome> outcomes, boolean dryRun,
            HttpServletRequest http) {
        var cases = imports.cases(outcomes.stream().map(ImportOutcome::disputeId).filter(id -> id != null).toList());
        Locale locale = ApiLocale.of(http);
        List<Row> rows = outcomes.stream().map(o -> {
            var ref = o.disputeId() == null ? null : cases.get(o.disputeId());
            return new Row(o.line(), o.orderNumber(), o.status().name(),
                    i18n.getTranslation("import.status." + o.status().name(), locale),
                    ref == null ? null : ref.caseNumber(), ref == null ? null : ref.organisation(),
                    o.problems().stream().map(p -> Map.of("field", p.field(), "message", p.message(locale))).toList());
        }).toList();
        Map<String, Long> counts = new java.util.TreeMap<>();
        outcomes.forEach(o -> counts.merge(o.status().name(), 1L, Long::sum));
        return ResponseEntity.ok(new ImportResponse(read.platform(), read.unknownHeadings(), read.ignoredHeadings(),
                dryRun, outcomes.size(), counts, rows));
    }
}
