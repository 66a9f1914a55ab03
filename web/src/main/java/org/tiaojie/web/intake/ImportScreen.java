package org.tiaojie.web.intake;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tiaojie.casework.intake.ImportOutcome;
import org.tiaojie.casework.intake.WorkOrderImportService;
import org.tiaojie.web.base.UiErrorHandler;

/**
 * An import screen: upload a CSV or XLSX file, see every row checked (ready, imported before, or refused with its
 * reasons), import the good rows with a progress bar, take the result away (row → case → organisation) and download
 * the refused rows with their reasons to correct them. Importing the same file again registers nothing twice. The
 * file goes to a temporary file and is read in chunks of {@value #CHUNK} rows, never held whole. What the rows are —
 * 12345 work orders ({@link ImportView}) or an earlier system's finished cases — is the subclass's.
 *
 * @param <L> a row as read from the file
 */
public abstract class ImportScreen<L> extends VerticalLayout implements HasDynamicTitle {

    private final WorkOrderImportService imports;
    private final Span mapping = new Span();
    private final Span unknownColumns = new Span();
    private final Grid<ImportOutcome> grid;
    private final Span summary = new Span();
    private final Span error = new Span();
    private final Checkbox onlyProblems = new Checkbox();
    private final Button start = new Button();
    private final ProgressBar bar = new ProgressBar();
    private final Span progress = new Span();
    private final Anchor report;
    private final Anchor resultFile;
    /** Rows read, checked and imported per chunk: a file of any allowed size is never held whole. */
    static final int CHUNK = 1000;
    private ImportSource<L> source;
    private java.io.File uploaded;
    /** An import is running: its file stays, a new upload waits for it to end. */
    private boolean importing;
    private Map<Long, WorkOrderImportService.CaseRef> cases = Map.of();
    private List<ImportOutcome> outcomes = List.of();
    private String fileName = "";
    private final int maxRows;

    /**
     * {@code imports} records the exports and finds the rows' cases; {@code keys} is the prefix of the screen's own
     * texts ({@code .help}, {@code .template}, {@code .templateFile}, {@code .col.orderNumber}); {@code
     * templateFile} the empty file to fill in.
     */
    protected ImportScreen(WorkOrderImportService imports, int maxFileMb, int maxRows, String keys,
            java.util.function.Supplier<byte[]> templateFile) {
        this.maxRows = maxRows;
        this.imports = imports;
        addClassName("tj-page");
        setSizeFull();
        this.grid = new ImportRows(this::caseOf, getTranslation(keys + ".col.orderNumber"));
        Span help = new Span(getTranslation(keys + ".help"));
        help.addClassName("tj-muted");
        Anchor template = CsvLink.of("tj-import-template", getTranslation(keys + ".template"),
                () -> getTranslation(keys + ".templateFile"), templateFile);
        // the file goes to a temporary file, read from there in chunks (it is deleted with the next one or the view)
        Upload upload = ImportUpload.of(this, maxFileMb, this::read, message -> {
            error.setText(message);
            error.setVisible(true);
        });
        addDetachListener(e -> forget());
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
        report = download("tj-import-report", "import.report", "import.reportFile", () -> {
            imports.reportExported(fileName, outcomes.size());
            return WorkOrderFile.errorReport(source, outcomes, getLocale(), getTranslation("import.col.reportReason"));
        });
        resultFile = download("tj-import-result", "import.result", "import.resultFile", () -> {
            imports.resultExported(fileName, outcomes.size());
            return WorkOrderFile.result(outcomes, cases, List.of(getTranslation("import.col.line"),
                    getTranslation(keys + ".col.orderNumber"), getTranslation("import.col.status"),
                    getTranslation("import.col.caseNumber"), getTranslation("import.col.organisation")),
                    st -> getTranslation("import.status." + st.name()));
        });
        HorizontalLayout actions = new HorizontalLayout(start, bar, progress, report, resultFile);
        actions.setWrap(true);
        actions.setAlignItems(Alignment.CENTER);
        template.getStyle().set("white-space", "nowrap");
        HorizontalLayout top = new HorizontalLayout(help, template);
        top.setAlignItems(Alignment.BASELINE);
        top.setWrap(true); // on a phone the link goes under the help, not one character a line
        add(top, upload, error, mapping, unknownColumns, summary, onlyProblems, actions, grid);
        setFlexGrow(1, grid);
    }

    /** Opens an uploaded file: reads its heading row and decides how its rows are read. */
    protected abstract ImportSource<L> open(java.nio.file.Path file, int maxRows);

    /** The rows as they would import now; {@code seen} holds the keys of the file's earlier chunks. Writes nothing. */
    protected abstract List<ImportOutcome> check(List<L> lines, Set<String> seen);

    /** Imports a chunk's good rows, telling {@code progress} how many are done. */
    protected abstract List<ImportOutcome> importChunk(List<L> lines, IntConsumer progress, Set<String> seen);

    /** Reads and checks an uploaded file, chunk by chunk; nothing is written yet. */
    void read(String name, java.io.File tmp) {
        if (importing) {
            if (!tmp.delete()) {
                tmp.deleteOnExit();
            }
            error.setText(getTranslation("import.busy"));
            error.setVisible(true);
            return;
        }
        forget();
        uploaded = tmp;
        fileName = name == null ? "" : name;
        recheck();
    }

    /** Checks the uploaded file (again, once what it names was resolved), chunk by chunk; nothing is written. */
    protected void recheck() {
        error.setVisible(false);
        mapping.setText("");
        unknownColumns.setVisible(false);
        resultFile.setVisible(false);
        try {
            source = open(uploaded.toPath(), maxRows);
            showMapping(source);
            List<ImportOutcome> checked = new java.util.ArrayList<>();
            Set<String> seen = new java.util.HashSet<>();
            source.chunks(CHUNK, chunk -> checked.addAll(check(chunk.lines(), seen)));
            outcomes = checked;
            cases = imports.cases(outcomes.stream().map(ImportOutcome::disputeId).filter(id -> id != null).toList());
            // a file imported before already has its cases: the result can be taken away at once
            resultFile.setVisible(!cases.isEmpty());
        } catch (RuntimeException e) {
            source = null;
            outcomes = List.of();
            error.setText(e instanceof WorkOrderFile.Unreadable u ? getTranslation(u.key(), u.args())
                    : UiErrorHandler.messageFor(UI.getCurrent(), e));
            error.setVisible(true);
        }
        refreshStart();
        showSummary("import.checked");
        showRows();
        checked(source);
    }

    /** The import button says how many rows it would write, and is on when there are any. */
    protected void refreshStart() {
        long n = toImport(ImportCounts.of(outcomes));
        start.setText(getTranslation("import.start", n));
        start.setEnabled(n > 0 && !importing);
    }

    /** How many of the checked rows an import would write: those ready (a subclass may add others it acts on). */
    long toImport(ImportCounts counts) {
        return counts.of(ImportOutcome.Status.READY);
    }

    /** After each check of a file ({@code file} null when it could not be read): for what the subclass shows. */
    protected void checked(ImportSource<L> file) {
    }

    /** Places a component of the subclass's under the line that says how the file was read. */
    protected void addUnderMapping(com.vaadin.flow.component.Component c) {
        addComponentAtIndex(indexOf(unknownColumns) + 1, c);
    }

    /** A CSV to take away, hidden until there is something in it; {@code bytes} also records the export. */
    private Anchor download(String id, String labelKey, String fileKey, java.util.function.Supplier<byte[]> bytes) {
        Anchor a = CsvLink.of(id, getTranslation(labelKey), () -> getTranslation(fileKey,
                fileName.replaceAll("\\.[^.]*$", "")), bytes);
        a.setVisible(false);
        return a;
    }

    private WorkOrderImportService.CaseRef caseOf(long disputeId) {
        return cases.get(disputeId);
    }

    /** The previous upload's temporary file is deleted. */
    private void forget() {
        if (uploaded != null && !uploaded.delete() && uploaded.exists()) {
            uploaded.deleteOnExit();
        }
        uploaded = null;
    }

    /** Which headings the file was read by, and the columns it brings that are not imported. */
    private void showMapping(ImportSource<L> file) {
        String by = file.platform() == null ? getTranslation("import.mapping.template")
                : getTranslation("import.mapping.platform", file.platform());
        mapping.setText(file.ignoredHeadings().isEmpty() ? by
                : by + " " + getTranslation("import.mapping.ignored", String.join("、", file.ignoredHeadings())));
        unknownColumns.setText(getTranslation("import.mapping.unknown", String.join("、", file.unknownHeadings())));
        unknownColumns.setVisible(!file.unknownHeadings().isEmpty());
    }

    private void run() {
        importing = true;
        UI ui = UI.getCurrent();
        SecurityContext security = SecurityContextHolder.getContext();
        ImportSource<L> toImport = source;
        int total = outcomes.size();
        start.setEnabled(false);
        bar.setVisible(true);
        bar.setValue(0);
        progress.setText(getTranslation("import.progress", 0, total));
        ui.setPollInterval(500);
        long began = System.nanoTime();
        Thread.ofVirtual().name("tj-import").start(() -> {
            SecurityContextHolder.setContext(security);
            try {
                List<ImportOutcome> result = new java.util.ArrayList<>(total);
                Set<String> seen = new java.util.HashSet<>();
                toImport.chunks(CHUNK, chunk -> {
                    int before = result.size();
                    result.addAll(importChunk(chunk.lines(), done -> ui.access(() -> {
                        bar.setValue((before + done) / (double) Math.max(1, total));
                        progress.setText(getTranslation("import.progress", before + done, total));
                    }), seen));
                });
                double seconds = (System.nanoTime() - began) / 1e9;
                ui.access(() -> finished(result, seconds));
            } catch (RuntimeException e) {
                ui.access(() -> {
                    importing = false;
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
        importing = false;
        error.setVisible(false); // a refused upload during the import is no news once it has ended
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

    private void showSummary(String key) {
        ImportCounts n = ImportCounts.of(outcomes);
        summary.setText(outcomes.isEmpty() ? "" : getTranslation(key, n.args()));
        report.setVisible(n.of(ImportOutcome.Status.REJECTED) > 0);
    }

    private void showRows() {
        grid.setItems(onlyProblems.getValue()
                ? outcomes.stream().filter(o -> o.status() == ImportOutcome.Status.REJECTED
                        || o.status() == ImportOutcome.Status.CHANGED).toList() : outcomes);
        grid.recalculateColumnWidths(); // case numbers and organisations arrive with the rows
    }
}
