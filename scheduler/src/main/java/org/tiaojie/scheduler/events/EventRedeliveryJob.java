package org.tiaojie.scheduler.events;

import java.time.Duration;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.quartz.QuartzJobBean;
import org.tiaojie.casework.shared.EventPublications;

/**
 * Delivers again the dispute events whose listener has not finished within the interval (intake
 * supervision after a registration, when the database went away after the registration's commit),
 * so that nothing waits for the next start, and deletes the publications completed more than
 * {@code tiaojie.events.keep-completed} ago (7 days by default). Clustered like every job: one node
 * per run.
 */
@DisallowConcurrentExecution
public class EventRedeliveryJob extends QuartzJobBean {

    private final EventPublications publications;
    private final Duration age;
    private final Duration keepCompleted;

    public EventRedeliveryJob(EventPublications publications,
            @Value("${tiaojie.scheduler.event-redelivery-interval:PT5M}") Duration age,
            @Value("${tiaojie.events.keep-completed:P7D}") Duration keepCompleted) {
        this.publications = publications;
        this.age = age;
        this.keepCompleted = keepCompleted;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        context.setResult(publications.redeliverOlderThan(age, keepCompleted));
    }
}
