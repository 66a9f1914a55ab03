package org.tiaojie.scheduler.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.JobListener;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.tiaojie.scheduler.SchedulerConfiguration;

/** The administrator's view of the jobs: last and next run, last result; run now, pause, resume. */
@Service
public class JobAdminService implements JobListener {

    private final Scheduler scheduler;
    private final Map<String, Object> lastResults = new ConcurrentHashMap<>();
    /** Runs on this node, "run now" included (its one-off trigger is gone once it has fired). */
    private final Map<String, Instant> lastRuns = new ConcurrentHashMap<>();

    JobAdminService(Scheduler scheduler) throws SchedulerException {
        this.scheduler = scheduler;
        scheduler.getListenerManager().addJobListener(this);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<JobRow> jobs() throws SchedulerException {
        List<JobRow> rows = new ArrayList<>();
        for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(SchedulerConfiguration.GROUP))) {
            String description = scheduler.getJobDetail(key).getDescription();
            for (Trigger t : scheduler.getTriggersOfJob(key)) {
                Instant previous = instant(t.getPreviousFireTime());
                Instant here = lastRuns.get(key.getName());
                Instant lastRun = previous == null || here != null && here.isAfter(previous) ? here : previous;
                rows.add(new JobRow(key.getName(), description, lastRun,
                        instant(t.getNextFireTime()), scheduler.getTriggerState(t.getKey()).name(),
                        lastResults.get(key.getName())));
            }
        }
        rows.sort(java.util.Comparator.comparing(JobRow::name));
        return rows;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void runNow(String job) throws SchedulerException {
        scheduler.triggerJob(JobKey.jobKey(job, SchedulerConfiguration.GROUP));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void pause(String job) throws SchedulerException {
        scheduler.pauseTrigger(TriggerKey.triggerKey(job, SchedulerConfiguration.GROUP));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void resume(String job) throws SchedulerException {
        scheduler.resumeTrigger(TriggerKey.triggerKey(job, SchedulerConfiguration.GROUP));
    }

    private static Instant instant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }

    // --- JobListener: remembers the outcome of the runs on this node

    @Override
    public String getName() {
        return "tiaojie-job-admin";
    }

    @Override
    public void jobToBeExecuted(JobExecutionContext context) {
        // nothing to do before a run
    }

    @Override
    public void jobExecutionVetoed(JobExecutionContext context) {
        lastResults.put(context.getJobDetail().getKey().getName(), new IllegalStateException("vetoed"));
    }

    @Override
    public void jobWasExecuted(JobExecutionContext context, JobExecutionException error) {
        lastRuns.put(context.getJobDetail().getKey().getName(), context.getFireTime().toInstant());
        Object result = error != null ? error : context.getResult();
        if (result != null) {
            lastResults.put(context.getJobDetail().getKey().getName(), result);
        }
    }
}
