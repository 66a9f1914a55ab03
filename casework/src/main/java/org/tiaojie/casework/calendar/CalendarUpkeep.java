package org.tiaojie.casework.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiaojie.casework.notification.NotificationService;
import org.tiaojie.casework.shared.CaseworkConfiguration;

/**
 * Keeps the calendar ahead of the clocks, once a day on each node (and at start-up, before
 * anything counts a deadline): the law's provisional days off for every year up to
 * {@link CalendarService#YEARS_AHEAD} ahead, and from 1 November a daily reminder to the
 * administrators until next year's notice is entered (one node sends it: the year's row is the claim).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CalendarUpkeep implements ApplicationRunner {

    /** What one day's upkeep did. */
    public record Result(List<Integer> provisionalYears, int reminded) {
    }

    private final CalendarService calendar;
    private final NotificationService notifications;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AtomicReference<LocalDate> doneOn = new AtomicReference<>();

    CalendarUpkeep(CalendarService calendar, NotificationService notifications,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.calendar = calendar;
        this.notifications = notifications;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        daily();
    }

    /** Runs the upkeep unless this node ran it today already; called by the minute sweep. */
    public Result daily() {
        LocalDate today = LocalDate.now(clock.withZone(CaseworkConfiguration.ZONE));
        LocalDate last = doneOn.get();
        if (today.equals(last) || !doneOn.compareAndSet(last, today)) {
            return new Result(List.of(), 0);
        }
        return upkeep();
    }

    /** Fills in provisional years and sends today's reminder, whatever ran before today. */
    public Result upkeep() {
        List<Integer> filled = transactions.execute(status -> calendar.ensureProvisionalYears());
        int reminded = transactions.execute(status -> calendar.noticeDue()
                .filter(calendar::claimReminder)
                .map(year -> notifications.notify(notifications.administrators(), "calendar.noticeDue",
                        List.of(Integer.toString(year)), null, Instant.now(clock)))
                .orElse(0));
        return new Result(filled, reminded);
    }
}
