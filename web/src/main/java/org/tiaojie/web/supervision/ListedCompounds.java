package org.tiaojie.web.supervision;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import org.tiaojie.casework.supervision.CompoundListing;
import org.tiaojie.casework.supervision.ListingRow;
import org.tiaojie.casework.supervision.QuarterlyListingService;
import org.tiaojie.web.base.FormDialog;
import org.tiaojie.web.base.Labels;

/**
 * 挂牌督办小区: the newest quarter's listed compounds in the supervisor's area — their rank and
 * complaints, whether they were carried over, where they stand — and 验收销号 once the
 * rectification is verified.
 */
class ListedCompounds extends VerticalLayout {

    private final QuarterlyListingService listing;
    private final H3 title = new H3();
    private final Select<LocalDate> quarter = new Select<>();
    private final Grid<ListingRow> grid = new Grid<>(ListingRow.class, false);
    private final Span none = new Span();

    ListedCompounds(QuarterlyListingService listing) {
        this.listing = listing;
        setPadding(false);
        setSpacing(false);
        grid.setId("tj-listed-compounds");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> r.ranking() == null ? getTranslation("listing.carriedOnly") : r.ranking().toString())
                .setHeader(getTranslation("listing.rank")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ListingRow::compound).setHeader(getTranslation("listing.compound")).setAutoWidth(true);
        grid.addColumn(r -> r.street() + " · " + r.community()).setHeader(getTranslation("listing.area"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("listing.complaints", r.complaints(), r.hotlineComplaints(),
                r.petitionComplaints())).setHeader(getTranslation("listing.complaintsHeader")).setAutoWidth(true);
        grid.addColumn(r -> r.carriedOver() ? getTranslation("common.yes") : "")
                .setHeader(getTranslation("listing.carriedOver")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.state() == CompoundListing.ListingState.DELISTED
                ? Labels.withNote(this, Labels.of(this, r.state()), r.closedBy() + " " + Labels.dateTime(r.closedAt()))
                : Labels.of(this, r.state())).setHeader(getTranslation("listing.state")).setAutoWidth(true);
        grid.addColumn(r -> r.closingNote() == null ? "" : r.closingNote()).setHeader(getTranslation("listing.note"))
                .setFlexGrow(2);
        grid.addComponentColumn(r -> {
            Button delist = new Button(getTranslation("listing.delist"), e -> delist(r));
            delist.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SUCCESS);
            delist.setId("tj-delist-" + r.id());
            delist.setVisible(r.state() == CompoundListing.ListingState.LISTED);
            return delist;
        }).setAutoWidth(true).setFlexGrow(0);
        none.setText(getTranslation("listing.none"));
        none.addClassName("tj-muted");
        title.setText(getTranslation("listing.heading"));
        quarter.setId("tj-listing-quarter");
        quarter.setAriaLabel(getTranslation("listing.quarter"));
        quarter.setItemLabelGenerator(q -> getTranslation("listing.quarterLabel", Integer.toString(q.getYear()),
                QuarterlyListingService.quarter(q)));
        List<LocalDate> quarters = listing.quarters();
        quarter.setItems(quarters);
        quarter.setVisible(!quarters.isEmpty());
        quarter.addValueChangeListener(e -> reload());
        HorizontalLayout heading = new HorizontalLayout(title, quarter);
        heading.setAlignItems(Alignment.BASELINE);
        add(heading, grid, none);
        if (quarters.isEmpty()) {
            reload();
        } else {
            quarter.setValue(quarters.getFirst());
        }
    }

    private void reload() {
        List<ListingRow> rows = quarter.getValue() == null ? List.of() : listing.listing(quarter.getValue());
        grid.setItems(rows);
        grid.setVisible(!rows.isEmpty());
        none.setVisible(rows.isEmpty());
    }

    private void delist(ListingRow r) {
        TextArea note = new TextArea(getTranslation("listing.verification"));
        note.setId("tj-delist-note");
        note.setMaxLength(500);
        note.setWidthFull();
        note.setHelperText(getTranslation("listing.verificationHelp"));
        FormDialog dialog = new FormDialog(getTranslation("listing.delist") + " · " + r.compound(),
                getTranslation("case.confirm"), () -> listing.delist(r.id(), r.version(), note.getValue()), this::reload);
        dialog.addFields(note);
        dialog.open();
        note.focus();
    }
}
