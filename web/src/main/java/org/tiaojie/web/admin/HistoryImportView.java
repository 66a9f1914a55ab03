package org.tiaojie.web.admin;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import org.springframework.beans.factory.annotation.Value;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.history.HistoryImportService;
import org.tiaojie.casework.history.HistoryLine;
import org.tiaojie.casework.intake.ImportOutcome;
import org.tiaojie.casework.intake.WorkOrderImportService;
import org.tiaojie.web.base.MainLayout;
import org.tiaojie.web.intake.HistoryFile;
import org.tiaojie.web.intake.ImportScreen;
import org.tiaojie.web.intake.ImportSource;

/**
 * 历史案件导入: an administrator brings in the finished cases of the district's earlier system from a file in the
 * history template — checked row by row, imported closed as they ended, audited, counted in their own period's
 * figures, with no clock, notice or supervision.
 */
@Route(value = "admin/history-import", layout = MainLayout.class)
@RolesAllowed(Role.ADMIN_NAME)
public class HistoryImportView extends ImportScreen<HistoryLine> {

    private final HistoryImportService history;

    public HistoryImportView(WorkOrderImportService imports, HistoryImportService history,
            @Value("${tiaojie.import.max-file-mb:50}") int maxFileMb,
            @Value("${tiaojie.import.max-rows:20000}") int maxRows) {
        super(imports, maxFileMb, maxRows, "history", HistoryFile::template);
        this.history = history;
    }

    @Override
    protected ImportSource<HistoryLine> open(Path file, int maxRows) {
        return HistoryFile.open(file, maxRows);
    }

    @Override
    protected List<ImportOutcome> check(List<HistoryLine> lines, Set<String> seen) {
        return history.check(lines, seen);
    }

    @Override
    protected List<ImportOutcome> importChunk(List<HistoryLine> lines, IntConsumer progress, Set<String> seen) {
        return history.importAll(lines, progress, seen);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.historyImport");
    }
}
