package org.tiaojie.scheduler;

import java.time.Duration;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tiaojie.scheduler.deadline.DeadlineSweepJob;

/**
 * The jobs and their triggers. Quartz keeps them in the application's database (JDBC job store,
 * clustered: {@code spring.quartz.*} in application.properties); after downtime a missed sweep
 * runs once, not once per missed minute.
 */
@Configuration(proxyBeanMethods = false)
public class SchedulerConfiguration {

    public static final String GROUP = "tiaojie";
    public static final String DEADLINE_SWEEP = "deadline-sweep";

    @Bean
    JobDetail deadlineSweepJob() {
        return JobBuilder.newJob(DeadlineSweepJob.class).withIdentity(DEADLINE_SWEEP, GROUP)
                .withDescription("deadline sweep").storeDurably().requestRecovery().build();
    }

    @Bean
    Trigger deadlineSweepTrigger(JobDetail deadlineSweepJob,
            @Value("${tiaojie.scheduler.deadline-sweep-interval:PT1M}") Duration interval) {
        return TriggerBuilder.newTrigger().forJob(deadlineSweepJob).withIdentity(DEADLINE_SWEEP, GROUP)
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(interval.toMillis())
                        .repeatForever().withMisfireHandlingInstructionNextWithRemainingCount())
                // the first sweep one interval after start, when start-up work (demo data) is done
                .startAt(java.util.Date.from(java.time.Instant.now().plus(interval))).build();
    }
}
