package org.tiaojie.scheduler.supervision;

import java.time.Instant;
import java.time.Clock;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;
import org.tiaojie.casework.supervision.QuarterlyListingService;

/**
 * At the start of each quarter: list the compounds with most complaints in the quarter that
 * ended (挂牌督办): the last quarter that ended before the run was scheduled (a run caught up
 * after downtime, or started by hand, is scheduled for when it runs); a quarter already listed
 * is left as it is. Thin: the work is in casework's {@link QuarterlyListingService}.
 */
@DisallowConcurrentExecution
public class QuarterlyListingJob extends QuartzJobBean {

    private final QuarterlyListingService listing;
    private final Clock clock;

    public QuarterlyListingJob(QuarterlyListingService listing, Clock clock) {
        this.listing = listing;
        this.clock = clock;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        Instant scheduled = context.getScheduledFireTime() == null ? Instant.now(clock)
                : context.getScheduledFireTime().toInstant();
        context.setResult(listing.list(QuarterlyListingService.quarterEndedBefore(scheduled), Instant.now(clock)));
    }
}
