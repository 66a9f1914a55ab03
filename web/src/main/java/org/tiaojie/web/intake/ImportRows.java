package org.tiaojie.web.intake;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tiaojie.casework.intake.ImportOutcome;
import org.tiaojie.casework.intake.WorkOrderImportService;

/** The import's rows: line, the file's own number, verdict, the case it is on (a link) and its organisation, the reasons. */
class ImportRows extends Grid<ImportOutcome> {

    /** {@code numberHeading}: what the file's own number is (工单编号, 原案件编号). */
    ImportRows(Function<Long, WorkOrderImportService.CaseRef> cases, String numberHeading) {
        setId("tj-import-rows");
        boolean linked = mayOpenCaseFiles();
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(ImportOutcome::line).setHeader(getTranslation("import.col.line")).setAutoWidth(true).setFlexGrow(0);
        addColumn(o -> o.orderNumber() == null ? "" : o.orderNumber())
                .setHeader(numberHeading).setAutoWidth(true).setFlexGrow(0);
        addColumn(o -> getTranslation("import.status." + o.status().name()))
                .setHeader(getTranslation("import.col.status")).setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(o -> {
            WorkOrderImportService.CaseRef ref = o.disputeId() == null ? null : cases.apply(o.disputeId());
            if (ref == null) {
                return new Span();
            }
            if (!linked) {
                return new Span(ref.caseNumber());
            }
            Anchor link = new Anchor("case/" + o.disputeId(), ref.caseNumber());
            link.setTarget("_blank");
            return link;
        }).setHeader(getTranslation("import.col.caseNumber")).setAutoWidth(true).setFlexGrow(0);
        addColumn(o -> {
            WorkOrderImportService.CaseRef ref = o.disputeId() == null ? null : cases.apply(o.disputeId());
            return ref == null || ref.organisation() == null ? "" : ref.organisation();
        }).setHeader(getTranslation("import.col.organisation")).setAutoWidth(true).setFlexGrow(0);
        addColumn(o -> o.problems().stream().map(p -> p.message(getLocale())).collect(Collectors.joining(" ")))
                .setHeader(getTranslation("import.col.reason")).setFlexGrow(1);
    }

    /** Whether the user holds a role the case file admits (an administrator, importing history, does not). */
    static boolean mayOpenCaseFiles() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        var allowed = org.tiaojie.web.casefile.CaseFileView.class.getAnnotation(jakarta.annotation.security.RolesAllowed.class);
        return auth != null && allowed != null && auth.getAuthorities().stream()
                .anyMatch(a -> java.util.Arrays.asList(allowed.value()).contains(a.getAuthority().replaceFirst("^ROLE_", "")));
    }
}
