package org.tiaojie.scheduler.notification;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;
import org.tiaojie.casework.notification.NoticeDigest;

/**
 * Every morning: each user who takes the notices that can wait once a day gets them, with one summary. One node runs
 * it (clustered job store, no concurrent execution); a morning missed while the platform was down runs once when it
 * is back. Thin: the work is in casework's {@link NoticeDigest}.
 */
@DisallowConcurrentExecution
public class NoticeDigestJob extends QuartzJobBean {

    private final NoticeDigest digest;

    public NoticeDigestJob(NoticeDigest digest) {
        this.digest = digest;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        context.setResult(digest.releaseAll());
    }
}
