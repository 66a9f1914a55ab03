package org.tiaojie.scheduler.retention;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;
import org.tiaojie.casework.retention.RetentionRun;

/**
 * Every night: anonymises the cases whose 保管期限 has passed and that are under no legal hold. One node runs it
 * (clustered job store, no concurrent execution); a run missed while the platform was down runs once when it is
 * back. Thin: the work is in casework's {@link RetentionRun}.
 */
@DisallowConcurrentExecution
public class RetentionJob extends QuartzJobBean {

    private final RetentionRun run;

    public RetentionJob(RetentionRun run) {
        this.run = run;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        context.setResult(run.run(null));
    }
}
