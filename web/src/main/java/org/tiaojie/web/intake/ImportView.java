package org.tiaojie.web.intake;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import org.springframework.beans.factory.annotation.Value;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.intake.ImportLine;
import org.tiaojie.casework.intake.ImportMappings;
import org.tiaojie.casework.intake.ImportOutcome;
import org.tiaojie.casework.intake.IntakeService;
import org.tiaojie.casework.intake.WorkOrderImportService;
import org.tiaojie.casework.category.CategoryService;
import org.tiaojie.web.base.MainLayout;

/**
 * 工单批量导入: a file of 12345 work orders in Tiaojie's template or as a platform exports it (read by the platform's
 * saved mapping), each row checked, the good ones registered at their call times.
 */
@Route(value = "import", layout = MainLayout.class)
@RolesAllowed(Role.OPERATOR_NAME)
public class ImportView extends ImportScreen<ImportLine> {

    private final WorkOrderImportService imports;
    private final ImportMappings mappings;
    private final UnknownNames unknown;
    /** What becomes of orders registered before and sent again with other content; offered when a file has some. */
    private final com.vaadin.flow.component.radiobutton.RadioButtonGroup<WorkOrderImportService.Resend> resend =
            new com.vaadin.flow.component.radiobutton.RadioButtonGroup<>();
    private long changed;

    public ImportView(WorkOrderImportService imports, ImportMappings mappings, IntakeService intake,
            CategoryService categories, @Value("${tiaojie.import.max-file-mb:50}") int maxFileMb,
            @Value("${tiaojie.import.max-rows:20000}") int maxRows) {
        super(imports, maxFileMb, maxRows, "import", WorkOrderFile::template);
        this.imports = imports;
        this.mappings = mappings;
        this.unknown = new UnknownNames(mappings, intake, categories, this::recheck);
        addUnderMapping(unknown);
        resend.setId("tj-import-resend");
        resend.setLabel(getTranslation("import.resend"));
        resend.setItems(WorkOrderImportService.Resend.values());
        resend.setItemLabelGenerator(r -> getTranslation("import.resend." + r.name()));
        resend.setValue(WorkOrderImportService.Resend.REPORT);
        resend.setVisible(false);
        resend.addValueChangeListener(e -> refreshStart());
        addUnderMapping(resend);
    }

    @Override
    protected ImportSource<ImportLine> open(Path file, int maxRows) {
        return ImportSource.open(file, mappings::candidates, maxRows);
    }

    @Override
    protected List<ImportOutcome> check(List<ImportLine> lines, Set<String> seen) {
        List<ImportOutcome> outcomes = imports.check(lines, seen);
        unknown.gather(lines, outcomes);
        changed += outcomes.stream().filter(o -> o.status() == ImportOutcome.Status.CHANGED).count();
        return outcomes;
    }

    /** The platform's names that failed rows are offered for resolving, once, under the mapping line. */
    @Override
    protected void checked(ImportSource<ImportLine> file) {
        unknown.show(file == null ? null : file.platform());
        resend.setVisible(changed > 0);
        changed = 0;
    }

    @Override
    protected List<ImportOutcome> importChunk(List<ImportLine> lines, IntConsumer progress, Set<String> seen) {
        return imports.importAll(lines, progress, seen, resend.getValue());
    }

    /** Orders sent again with other content are written too when the operator chose what becomes of them. */
    @Override
    long toImport(ImportCounts counts) {
        return counts.of(ImportOutcome.Status.READY) + (resend.getValue() == WorkOrderImportService.Resend.REPORT ? 0
                : counts.of(ImportOutcome.Status.CHANGED));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.import");
    }
}
