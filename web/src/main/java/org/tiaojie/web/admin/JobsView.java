package org.tiaojie.web.admin;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.quartz.SchedulerException;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.dispute.DeadlineSweep;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.supervision.QuarterlyListingService;
import org.tiaojie.scheduler.admin.JobAdminService;
import org.tiaojie.scheduler.admin.JobRow;
import org.tiaojie.web.base.Labels;
import org.tiaojie.web.base.MainLayout;

/**
 * 定时任务: each job with its last and next run and last result; run now, pause, resume; and how
 * many compounds the quarterly listing lists.
 */
@Route(value = "admin/jobs", layout = MainLayout.class)
@RolesAllowed(Role.ADMIN_NAME)
public class JobsView extends VerticalLayout implements HasDynamicTitle {

    private final JobAdminService jobs;
    private final Grid<JobRow> grid = new Grid<>(JobRow.class, false);

    public JobsView(JobAdminService jobs, QuarterlyListingService listing) {
        this.jobs = jobs;
        addClassName("tj-page");
        setSizeFull();
        grid.setId("tj-jobs");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> getTranslation("job." + r.name())).setHeader(getTranslation("job.name")).setWidth("22em")
                .setFlexGrow(2);
        grid.addColumn(r -> getTranslation("job.state." + r.state())).setHeader(getTranslation("job.state"))
                .setAutoWidth(true);
        grid.addColumn(r -> Labels.dateTime(r.lastRun())).setHeader(getTranslation("job.lastRun")).setAutoWidth(true);
        grid.addColumn(r -> Labels.dateTime(r.nextRun())).setHeader(getTranslation("job.nextRun")).setAutoWidth(true);
        grid.addColumn(this::result).setHeader(getTranslation("job.lastResult"))
                .setFlexGrow(2);
        grid.addComponentColumn(r -> {
            Button run = new Button(getTranslation("job.runNow"), e -> act(() -> jobs.runNow(r.name()), "job.started"));
            run.setId("tj-run-" + r.name());
            Button pause = new Button(getTranslation("job.pause"), e -> act(() -> jobs.pause(r.name()), "job.paused"));
            Button resume = new Button(getTranslation("job.resume"), e -> act(() -> jobs.resume(r.name()), "job.resumed"));
            for (Button b : new Button[] {run, pause, resume}) {
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            }
            return new HorizontalLayout(run, "PAUSED".equals(r.state()) ? resume : pause);
        }).setAutoWidth(true).setFlexGrow(0);
        Paragraph note = new Paragraph(getTranslation("job.note"));
        note.addClassName("tj-muted");
        add(note, grid, listingSize(listing));
        setFlexGrow(1, grid);
        refresh();
    }

    /** The quarterly listing's size (docs/DOMAIN.md: the ten compounds with most complaints), set here. */
    private HorizontalLayout listingSize(QuarterlyListingService listing) {
        IntegerField size = new IntegerField(getTranslation("job.listingSize"));
        size.setId("tj-listing-size");
        size.setValue(listing.listedPerQuarter());
        size.setMin(1);
        size.setMax(100);
        size.setStepButtonsVisible(true);
        size.setWidth("24em");
        size.setHelperText(getTranslation("job.listingSizeHelp"));
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                listing.setListedPerQuarter(size.getValue());
                size.setInvalid(false);
                Notification.show(getTranslation("job.listingSizeSaved", size.getValue()), 3000,
                        Notification.Position.TOP_CENTER);
            } catch (CaseworkException ex) {
                size.setErrorMessage(ex.getLocalizedMessage(getLocale()));
                size.setInvalid(true);
            }
        });
        save.setId("tj-listing-size-save");
        save.addClickShortcut(Key.ENTER).listenOn(size);
        HorizontalLayout row = new HorizontalLayout(size, save);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private String result(JobRow row) {
        return switch (row.lastResult()) {
            case null -> "";
            case QuarterlyListingService.Result r -> r.alreadyListed()
                    ? getTranslation("job.listingAlready", Integer.toString(r.quarterStart().getYear()),
                            QuarterlyListingService.quarter(r.quarterStart()))
                    : getTranslation("job.listingResult", Integer.toString(r.quarterStart().getYear()),
                            QuarterlyListingService.quarter(r.quarterStart()), r.listed(), r.carriedOver(),
                            r.notifications());
            case DeadlineSweep.Result r -> getTranslation("job.sweepResult", r.warned(), r.overdue(), r.supervised(),
                    r.notifications(), r.escalated());
            case org.tiaojie.scheduler.deadline.DeadlineSweepJob.Result r -> getTranslation("job.sweepAndReminders",
                    r.clocks().warned(), r.clocks().overdue(), r.clocks().supervised(), r.terms().dueSoon(),
                    r.terms().pastDue(), r.clocks().notifications() + r.terms().notifications(), r.clocks().escalated());
            case org.tiaojie.casework.shared.EventPublications.Redelivered r -> getTranslation("job.redeliveryResult",
                    r.publications(), r.keptDays());
            case org.tiaojie.casework.retention.RetentionRun.Result r -> getTranslation("job.retentionResult",
                    r.total(), r.parties(), r.contacts(), r.documents() + r.attachments(), r.held());
            case org.tiaojie.casework.notification.NoticeDigest.Result r -> getTranslation("job.digestResult", r.users(),
                    r.notices());
            case Throwable t -> getTranslation("job.failed", t.getMessage());
            default -> String.valueOf(row.lastResult());
        };
    }

    /** A Quartz call that can fail with a checked exception. */
    private interface JobAction {
        void run() throws SchedulerException;
    }

    private void act(JobAction action, String doneKey) {
        try {
            action.run();
            Notification.show(getTranslation(doneKey), 3000, Notification.Position.TOP_CENTER);
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
        refresh();
    }

    private void refresh() {
        try {
            grid.setItems(jobs.jobs());
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.jobs");
    }
}
