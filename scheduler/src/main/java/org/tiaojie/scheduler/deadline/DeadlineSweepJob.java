package org.tiaojie.scheduler.deadline;

import java.time.Clock;
import java.time.Instant;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;
import org.tiaojie.casework.dispute.DeadlineSweep;

/**
 * Every minute (configurable): announce clocks that turned 临期 or 超期. Thin: the work is in
 * casework's {@link DeadlineSweep}; time comes from the injected clock. In the cluster Quartz fires
 * it on one node at a time, and the sweep's claims make even overlapping runs announce once.
 */
@DisallowConcurrentExecution
public class DeadlineSweepJob extends QuartzJobBean {

    private final DeadlineSweep sweep;
    private final Clock clock;

    public DeadlineSweepJob(DeadlineSweep sweep, Clock clock) {
        this.sweep = sweep;
        this.clock = clock;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        DeadlineSweep.Result result = sweep.sweep(Instant.now(clock), 500);
        context.setResult(result);
    }
}
