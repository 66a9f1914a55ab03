package org.tiaojie.scheduler.deadline;

import java.time.Clock;
import java.time.Instant;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;
import org.tiaojie.casework.agreement.TermReminders;
import org.tiaojie.casework.calendar.CalendarUpkeep;
import org.tiaojie.casework.dispute.DeadlineSweep;

/**
 * Every minute (configurable): announce clocks that turned 临期 or 超期, and remind of agreement
 * terms due within a few working days or past due; once a day, keep the calendar ahead (the law's
 * provisional days off for the coming years, the administrators' reminder to enter next year's notice). Thin: the work is in
 * casework's {@link DeadlineSweep}; time comes from the injected clock. In the cluster Quartz fires
 * it on one node at a time, and the sweep's claims make even overlapping runs announce once.
 */
@DisallowConcurrentExecution
public class DeadlineSweepJob extends QuartzJobBean {

    private final DeadlineSweep sweep;
    private final TermReminders reminders;
    private final CalendarUpkeep calendar;
    private final Clock clock;

    public DeadlineSweepJob(DeadlineSweep sweep, TermReminders reminders, CalendarUpkeep calendar, Clock clock) {
        this.sweep = sweep;
        this.reminders = reminders;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** What one run did: clocks announced, agreement terms reminded. */
    public record Result(DeadlineSweep.Result clocks, TermReminders.Result terms) {
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        Instant now = Instant.now(clock);
        calendar.daily();
        context.setResult(new Result(sweep.sweep(now, 500), reminders.remind(now, 500)));
    }
}
