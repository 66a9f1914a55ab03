package org.tiaojie;

import java.util.Date;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobListener;
import org.quartz.Scheduler;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One application node for the cluster test: casework and the scheduler (no web), on the
 * database given in the arguments. It prints a line when it is ready and one for each job it
 * starts and finishes, which the test reads: {@code FIRED <node> <job> <scheduled ms> <recovering> <fired ms>}.
 */
@SpringBootApplication
public class SchedulerClusterNode {

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext ctx = SpringApplication.run(SchedulerClusterNode.class, args);
        Scheduler scheduler = ctx.getBean(Scheduler.class);
        String node = scheduler.getSchedulerInstanceId();
        scheduler.getListenerManager().addJobListener(new JobListener() {
            @Override
            public String getName() {
                return "cluster-test-printer";
            }

            @Override
            public void jobToBeExecuted(JobExecutionContext c) {
                print("FIRED", c);
            }

            @Override
            public void jobExecutionVetoed(JobExecutionContext c) {
                print("VETOED", c);
            }

            @Override
            public void jobWasExecuted(JobExecutionContext c, JobExecutionException e) {
                print(e == null ? "DONE" : "FAILED", c);
            }

            private void print(String what, JobExecutionContext c) {
                Date scheduled = c.getScheduledFireTime();
                System.out.println(what + " " + node + " " + c.getJobDetail().getKey().getName() + " "
                        + (scheduled == null ? 0 : scheduled.getTime()) + " " + c.isRecovering() + " "
                        + c.getFireTime().getTime());
                System.out.flush();
            }
        });
        System.out.println("READY " + node);
        System.out.flush();
        new java.util.concurrent.CountDownLatch(1).await(); // runs until the test ends or kills it
    }
}
