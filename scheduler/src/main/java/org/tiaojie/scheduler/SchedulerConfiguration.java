package org.tiaojie.scheduler;

import java.time.Duration;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tiaojie.casework.shared.CaseworkConfiguration;
import org.tiaojie.scheduler.deadline.DeadlineSweepJob;
import org.tiaojie.scheduler.events.EventRedeliveryJob;
import org.tiaojie.scheduler.notification.NoticeDigestJob;
import org.tiaojie.scheduler.retention.RetentionJob;
import org.tiaojie.scheduler.supervision.QuarterlyListingJob;

/**
 * The jobs and their triggers. Quartz keeps them in the application's database (JDBC job store,
 * clustered: {@code spring.quartz.*} in application.properties); after downtime a missed sweep
 * runs once at once, not once per missed minute, and a missed quarter's listing runs once too.
 */
@Configuration(proxyBeanMethods = false)
public class SchedulerConfiguration {

    public static final String GROUP = "tiaojie";
    public static final String DEADLINE_SWEEP = "deadline-sweep";
    public static final String QUARTERLY_LISTING = "quarterly-listing";
    public static final String EVENT_REDELIVERY = "event-redelivery";
    public static final String RETENTION = "retention";
    public static final String NOTICE_DIGEST = "notice-digest";

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
                        .repeatForever().withMisfireHandlingInstructionNowWithExistingCount())
                // the first sweep one interval after start, when start-up work (demo data) is done
                .startAt(java.util.Date.from(java.time.Instant.now().plus(interval))).build();
    }

    @Bean
    JobDetail quarterlyListingJob() {
        return JobBuilder.newJob(QuarterlyListingJob.class).withIdentity(QUARTERLY_LISTING, GROUP)
                .withDescription("quarterly listing").storeDurably().requestRecovery().build();
    }

    /** Five minutes past midnight on the first day of each quarter, Beijing time; missed runs fire once. */
    @Bean
    Trigger quarterlyListingTrigger(JobDetail quarterlyListingJob,
            @Value("${tiaojie.scheduler.quarterly-listing-cron:0 5 0 1 1,4,7,10 ?}") String cron) {
        return TriggerBuilder.newTrigger().forJob(quarterlyListingJob).withIdentity(QUARTERLY_LISTING, GROUP)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron)
                        .inTimeZone(TimeZone.getTimeZone(CaseworkConfiguration.ZONE))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    @Bean
    JobDetail retentionJob() {
        return JobBuilder.newJob(RetentionJob.class).withIdentity(RETENTION, GROUP)
                .withDescription("retention").storeDurably().requestRecovery().build();
    }

    /** At 02:30 each night, Beijing time; a missed run fires once. */
    @Bean
    Trigger retentionTrigger(JobDetail retentionJob,
            @Value("${tiaojie.scheduler.retention-cron:0 30 2 * * ?}") String cron) {
        return TriggerBuilder.newTrigger().forJob(retentionJob).withIdentity(RETENTION, GROUP)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron)
                        .inTimeZone(TimeZone.getTimeZone(CaseworkConfiguration.ZONE))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    @Bean
    JobDetail noticeDigestJob() {
        return JobBuilder.newJob(NoticeDigestJob.class).withIdentity(NOTICE_DIGEST, GROUP)
                .withDescription("notice digest").storeDurably().requestRecovery().build();
    }

    /** At 08:30 each morning, Beijing time, before the working day; a missed morning fires once. */
    @Bean
    Trigger noticeDigestTrigger(JobDetail noticeDigestJob,
            @Value("${tiaojie.scheduler.notice-digest-cron:0 30 8 * * ?}") String cron) {
        return TriggerBuilder.newTrigger().forJob(noticeDigestJob).withIdentity(NOTICE_DIGEST, GROUP)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron)
                        .inTimeZone(TimeZone.getTimeZone(CaseworkConfiguration.ZONE))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    @Bean
    JobDetail eventRedeliveryJob() {
        return JobBuilder.newJob(EventRedeliveryJob.class).withIdentity(EVENT_REDELIVERY, GROUP)
                .withDescription("event redelivery").storeDurably().build();
    }

    /** Every interval; a missed run is not caught up (the next one delivers what is still waiting). */
    @Bean
    Trigger eventRedeliveryTrigger(JobDetail eventRedeliveryJob,
            @Value("${tiaojie.scheduler.event-redelivery-interval:PT5M}") Duration interval) {
        return TriggerBuilder.newTrigger().forJob(eventRedeliveryJob).withIdentity(EVENT_REDELIVERY, GROUP)
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(interval.toMillis())
                        .repeatForever().withMisfireHandlingInstructionNextWithRemainingCount())
                .startAt(java.util.Date.from(java.time.Instant.now().plus(interval))).build();
    }
}
