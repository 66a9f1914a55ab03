package org.tiaojie.web.intake;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.intake.ImportLine;
import org.tiaojie.casework.intake.ImportOutcome;
import org.tiaojie.casework.intake.WorkOrderImportService;
import org.tiaojie.web.base.MainLayout;
import org.tiaojie.web.base.UiErrorHandler;

/**
 * 工单批量导入: upload a CSV or XLSX file of 12345 work orders, see every row checked (ready,
 * imported before, or refused with its reasons), import the good rows with a progress bar, and
 * download the refused rows with their reasons to correct them. Importing the same file again
 * registers nothing twice.
 */
@Route(value = "import", layout = MainLayout.class)
@RolesAllowed(Role.OPERATOR_NAME)
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    private final WorkOrderImportService imports;
    private final org.tiaojie.casework.intake.ImportMappings mappings;
    private final Span mapping = new Span();
    private final Span unknownColumns = new Span();
    private final Grid<ImportOutcome> grid = new Grid<>();
    private final Span summary = new Span();
    private final Span error = new Span();
    private final Checkbox onlyProblems = new Checkbox();
    private final Button start = new Button();
    private final ProgressBar bar = new ProgressBar();
    private final Span progress = new Span();
    private final Anchor report;
    private final Anchor resultFile;
    private WorkOrderFile.Read file;
    private Map<Long, WorkOrderImportService.CaseRef> cases = Map.of();
    private List<ImportLine> lines = List.of();
    private List<ImportOutcome> outcomes = List.of();
    private String fileName = "";

    private final int maxRows;

    public ImportView(WorkOrderImportService imports, org.tiaojie.casework.intake.ImportMappings mappings,
            @org.springframework.beans.factory.annotation.Value("${tiaojie.import.max-file-mb:50}") int maxFileMb,
            @org.springframework.beans.factory.annotation.Value("${tiaojie.import.max-rows:20000}") int maxRows) {
        this.maxRows = maxRows;
        this.imports = imports;
        this.mappings = mappings;
        addClassName("tj-page");
        setSizeFull();
        Span help = new Span(getTranslation("import.help"));
        help.addClassName("tj-muted");
        Anchor template = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] file = WorkOrderFile.template();
            return new DownloadResponse(new ByteArrayInputStream(file), getTranslation("import.templateFile"),
                    "text/csv", file.length);
        }), getTranslation("import.template"));
        template.setId("tj-import-template");
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> getUI().ifPresent(ui -> ui.access(
                () -> read(meta.fileName(), bytes)))));
        upload.setId("tj-import-upload");
        var texts = org.tiaojie.web.base.UploadTexts.of(this);
        texts.getError().setIncorrectFileType(getTranslation("import.file.type"));
        texts.getError().setFileIsTooBig(getTranslation("import.file.tooBig", maxFileMb));
        upload.setI18n(texts);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxFileMb * 1024 * 1024);
        // a refused file is said where the operator looks, not only in the upload's own list
        upload.addFileRejectedListener(e -> {
            error.setText(e.getErrorMessage());
            error.setVisible(true);
        });
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        error.setId("tj-import-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        summary.setId("tj-import-summary");
        mapping.setId("tj-import-mapping");
        mapping.addClassName("tj-muted");
        unknownColumns.setId("tj-import-unknown-columns");
        unknownColumns.getStyle().set("color", "var(--lumo-warning-text-color, var(--lumo-error-text-color))");
        unknownColumns.setVisible(false);
        onlyProblems.setLabel(getTranslation("import.onlyProblems"));
        onlyProblems.setId("tj-import-only-problems");
        onlyProblems.addValueChangeListener(e -> showRows());
        start.setId("tj-import-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(false);
        start.addClickListener(e -> run());
        bar.setId("tj-import-progress");
        bar.setWidth("16em");
        bar.setVisible(false);
        progress.setId("tj-import-progress-text");
        report = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = WorkOrderFile.errorReport(file, outcomes, getLocale(), getTranslation("import.col.reportReason"));
            imports.reportExported(fileName, outcomes.size());
            return new DownloadResponse(new ByteArrayInputStream(bytes), getTranslation("import.reportFile",
                    fileName.replaceAll("\\.[^.]*$", "")), "text/csv", bytes.length);
        }), getTranslation("import.report"));
        report.setId("tj-import-report");
        report.setVisible(false);
        resultFile = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = WorkOrderFile.result(outcomes, cases, List.of(getTranslation("import.col.line"),
                    getTranslation("import.col.orderNumber"), getTranslation("import.col.status"),
                    getTranslation("import.col.caseNumber"), getTranslation("import.col.organisation")),
                    st -> getTranslation("import.status." + st.name()));
            imports.resultExported(fileName, outcomes.size());
            return new DownloadResponse(new ByteArrayInputStream(bytes), getTranslation("import.resultFile",
                    fileName.replaceAll("\\.[^.]*$", "")), "text/csv", bytes.length);
        }), getTranslation("import.result"));
        resultFile.setId("tj-import-result");
        resultFile.setVisible(false);

        grid.setId("tj-import-rows");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ImportOutcome::line).setHeader(getTranslation("import.col.line")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> o.orderNumber() == null ? "" : o.orderNumber())
                .setHeader(getTranslation("import.col.orderNumber")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> getTranslation("import.status." + o.status().name()))
                .setHeader(getTranslation("import.col.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(o -> {
            WorkOrderImportService.CaseRef ref = o.disputeId() == null ? null : cases.get(o.disputeId());
            if (ref == null) {
                return new Span();
            }
            Anchor link = new Anchor("case/" + o.disputeId(), ref.caseNumber());
            link.setTarget("_blank");
            return link;
        }).setHeader(getTranslation("import.col.caseNumber")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> {
            WorkOrderImportService.CaseRef ref = o.disputeId() == null ? null : cases.get(o.disputeId());
            return ref == null || ref.organisation() == null ? "" : ref.organisation();
        }).setHeader(getTranslation("import.col.organisation")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> o.problems().stream().map(p -> p.message(getLocale())).collect(Collectors.joining(" ")))
                .setHeader(getTranslation("import.col.reason")).setFlexGrow(1);
        HorizontalLayout actions = new HorizontalLayout(start, bar, progress, report, resultFile);
        actions.setWrap(true);
        actions.setAlignItems(Alignment.CENTER);
        HorizontalLayout top = new HorizontalLayout(help, template);
        top.setAlignItems(Alignment.BASELINE);
        add(top, upload, error, mapping, unknownColumns, summary, onlyProblems, actions, grid);
        setFlexGrow(1, grid);
    }

    /** Reads and checks an uploaded file; nothing is written yet. */
    void read(String name, byte[] bytes) {
        error.setVisible(false);
        mapping.setText("");
        unknownColumns.setVisible(false);
        fileName = name == null ? "" : name;
        resultFile.setVisible(false);
        try {
            file = WorkOrderFile.read(bytes, mappings::candidates, maxRows);
            lines = file.lines();
            showMapping(file);
            outcomes = imports.check(lines);
            cases = imports.cases(outcomes.stream().map(ImportOutcome::disputeId).filter(id -> id != null).toList());
            // a file imported before already has its cases: the result can be taken away at once
            resultFile.setVisible(!cases.isEmpty());
        } catch (WorkOrderFile.Unreadable e) {
            lines = List.of();
            outcomes = List.of();
            error.setText(getTranslation(e.key, e.args));
            error.setVisible(true);
        } catch (RuntimeException e) {
            lines = List.of();
            outcomes = List.of();
            error.setText(UiErrorHandler.messageFor(UI.getCurrent(), e));
            error.setVisible(true);
        }
        long ready = count(ImportOutcome.Status.READY);
        start.setText(getTranslation("import.start", ready));
        start.setEnabled(ready > 0);
        showSummary("import.checked");
        showRows();
    }

    /** Which headings the file was read by, and the columns it brings that are not imported. */
    private void showMapping(WorkOrderFile.Read file) {
        String by = file.platform() == null ? getTranslation("import.mapping.template")
                : getTranslation("import.mapping.platform", file.platform());
        mapping.setText(file.ignoredHeadings().isEmpty() ? by
                : by + " " + getTranslation("import.mapping.ignored", String.join("、", file.ignoredHeadings())));
        unknownColumns.setText(getTranslation("import.mapping.unknown", String.join("、", file.unknownHeadings())));
        unknownColumns.setVisible(!file.unknownHeadings().isEmpty());
    }

    private void run() {
        UI ui = UI.getCurrent();
        SecurityContext security = SecurityContextHolder.getContext();
        List<ImportLine> toImport = lines;
        int total = toImport.size();
        start.setEnabled(false);
        bar.setVisible(true);
        bar.setValue(0);
        progress.setText(getTranslation("import.progress", 0, total));
        ui.setPollInterval(500);
        long began = System.nanoTime();
        Thread.ofVirtual().name("tj-import").start(() -> {
            SecurityContextHolder.setContext(security);
            try {
                List<ImportOutcome> result = imports.importAll(toImport, done -> ui.access(() -> {
                    bar.setValue(done / (double) Math.max(1, total));
                    progress.setText(getTranslation("import.progress", done, total));
                }));
                double seconds = (System.nanoTime() - began) / 1e9;
                ui.access(() -> finished(result, seconds));
            } catch (RuntimeException e) {
                ui.access(() -> {
                    ui.setPollInterval(-1);
                    bar.setVisible(false);
                    error.setText(UiErrorHandler.messageFor(ui, e));
                    error.setVisible(true);
                });
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    private void finished(List<ImportOutcome> result, double seconds) {
        UI.getCurrent().setPollInterval(-1);
        outcomes = result;
        cases = imports.cases(result.stream().map(ImportOutcome::disputeId).filter(id -> id != null).toList());
        resultFile.setVisible(true);
        bar.setValue(1);
        bar.setVisible(false);
        progress.setText(getTranslation("import.speed", Math.round(result.size() / Math.max(seconds, 0.001))));
        start.setText(getTranslation("import.start", 0));
        showSummary("import.done");
        showRows();
    }

    private long count(ImportOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    private void showSummary(String key) {
        Map<ImportOutcome.Status, Long> counts = outcomes.stream()
                .collect(Collectors.groupingBy(ImportOutcome::status, Collectors.counting()));
        Function<ImportOutcome.Status, Long> n = s -> counts.getOrDefault(s, 0L);
        summary.setText(outcomes.isEmpty() ? "" : getTranslation(key, outcomes.size(), n.apply(ImportOutcome.Status.READY),
                n.apply(ImportOutcome.Status.CREATED), n.apply(ImportOutcome.Status.EXISTED),
                n.apply(ImportOutcome.Status.REJECTED), n.apply(ImportOutcome.Status.MERGED)));
        report.setVisible(n.apply(ImportOutcome.Status.REJECTED) > 0);
    }

    private void showRows() {
        grid.setItems(onlyProblems.getValue()
                ? outcomes.stream().filter(o -> o.status() == ImportOutcome.Status.REJECTED).toList() : outcomes);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.import");
    }
}
