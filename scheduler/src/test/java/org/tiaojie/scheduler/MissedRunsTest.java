package org.tiaojie.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.impl.StdSchedulerFactory;
import org.tiaojie.casework.shared.CaseworkConfiguration;
import org.tiaojie.casework.supervision.QuarterlyListingService;

/**
 * After downtime the application's triggers catch up once: a sweep missed many times runs once,
 * at once; a missed quarter-start listing runs once, at once, for the quarter that ended last.
 * The real triggers of {@link SchedulerConfiguration}, started as if the application had been
 * down since long before, on an in-memory Quartz.
 */
class MissedRunsTest {

    static final List<Date> RUNS = new CopyOnWriteArrayList<>();

    public static class Recorder implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            RUNS.add(context.getScheduledFireTime());
        }
    }

    private Scheduler scheduler;

    private Scheduler start(Trigger trigger, JobDetail job) throws Exception {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", "missed-runs-" + System.nanoTime());
        p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        p.setProperty("org.quartz.jobStore.misfireThreshold", "100");
        p.setProperty("org.quartz.threadPool.threadCount", "1");
        scheduler = new StdSchedulerFactory(p).getScheduler();
        scheduler.scheduleJob(JobBuilder.newJob(Recorder.class).withIdentity(job.getKey()).build(), trigger);
        scheduler.start();
        return scheduler;
    }

    @AfterEach
    void stop() throws Exception {
        RUNS.clear();
        if (scheduler != null) {
            scheduler.shutdown(false);
        }
    }

    @Test
    void aSweepMissedSixtyTimesRunsOnceAtOnce() throws Exception {
        SchedulerConfiguration config = new SchedulerConfiguration();
        JobDetail job = config.deadlineSweepJob();
        Trigger trigger = config.deadlineSweepTrigger(job, Duration.ofMinutes(1)).getTriggerBuilder()
                .startAt(Date.from(Instant.now().minus(Duration.ofHours(1)))).build();
        start(trigger, job);
        Thread.sleep(1500);
        assertThat(RUNS).hasSize(1);
        // the next run is an interval after the catch-up, not a burst of the missed ones
        Date next = scheduler.getTrigger(trigger.getKey()).getNextFireTime();
        assertThat(Duration.between(Instant.now(), next.toInstant())).isBetween(Duration.ofSeconds(50),
                Duration.ofSeconds(61));
    }

    @Test
    void aMissedQuarterStartRunsOnceAtOnceForTheQuarterThatEnded() throws Exception {
        SchedulerConfiguration config = new SchedulerConfiguration();
        JobDetail job = config.quarterlyListingJob();
        // down since before 2026-10-01 00:05 (Beijing), the start of Q4
        Instant downSince = LocalDateTime.of(2026, 9, 30, 12, 0).atZone(CaseworkConfiguration.ZONE).toInstant();
        Trigger trigger = config.quarterlyListingTrigger(job, "0 5 0 1 1,4,7,10 ?").getTriggerBuilder()
                .startAt(Date.from(downSince)).build();
        start(trigger, job);
        Thread.sleep(1500);
        assertThat(RUNS).hasSize(1);
        // it ran at once, and lists the quarter that ended last: the one the missed start was for
        Instant scheduled = RUNS.getFirst().toInstant();
        assertThat(Duration.between(scheduled, Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
        assertThat(QuarterlyListingService.quarterEndedBefore(scheduled)).isEqualTo(QuarterlyListingService
                .quarterStart(java.time.LocalDate.now(CaseworkConfiguration.ZONE)).minusMonths(3));
        // then the next quarter's start, not the missed ones again
        Date next = scheduler.getTrigger(trigger.getKey()).getNextFireTime();
        assertThat(next.toInstant().atZone(CaseworkConfiguration.ZONE).toLocalDate())
                .isAfter(Instant.now().atZone(CaseworkConfiguration.ZONE).toLocalDate());
        assertThat(next.toInstant().atZone(CaseworkConfiguration.ZONE).getDayOfMonth()).isEqualTo(1);
    }
}
