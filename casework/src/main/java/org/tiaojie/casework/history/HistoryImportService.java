package org.tiaojie.casework.history;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.audit.AuditService;
import org.tiaojie.casework.dispute.Channel;
import org.tiaojie.casework.dispute.DisputeRegistration;
import org.tiaojie.casework.dispute.FinishedDispute;
import org.tiaojie.casework.dispute.HistoricOutcome;
import org.tiaojie.casework.dispute.NewDispute;
import org.tiaojie.casework.dispute.PlatformDetails;
import org.tiaojie.casework.intake.ImportOutcome;
import org.tiaojie.casework.intake.WorkOrderCells;
import org.tiaojie.casework.intake.WorkOrderProblem;
import org.tiaojie.casework.intake.WorkOrderRejected;
import org.tiaojie.casework.intake.WorkOrderService;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.shared.CaseworkMessages;
import org.tiaojie.casework.shared.PrintableText;

/**
 * 历史案件导入: an administrator brings in the finished cases of an earlier system, closed as they ended there. Each
 * row is checked like a work order (compound in the administrator's area, category, words, parties) and for what a
 * finished case needs (its number there, registration and end times in order, an outcome); the good rows are written
 * {@value #BATCH} to a transaction with an audit record naming them. They start no clock and raise no notice or
 * supervision, and count in the figures of the period they were registered and closed in. The earlier system's number
 * is kept once: the same file imported again writes nothing.
 */
@Service
public class HistoryImportService {

    static final int BATCH = 100;
    static final int MAX_LEGACY_NUMBER = 60;
    static final int MAX_NOTE = 500;

    private final WorkOrderService orders;
    private final DisputeRegistration registration;
    private final jakarta.persistence.EntityManager em;
    private final AuditService audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    HistoryImportService(WorkOrderService orders, DisputeRegistration registration, jakarta.persistence.EntityManager em,
            AuditService audit, PlatformTransactionManager transactionManager, Clock clock) {
        this.orders = orders;
        this.registration = registration;
        this.em = em;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * The rows as they would import now: READY, EXISTED (brought in before, or earlier in the file) or REJECTED with
     * every reason. {@code seen} holds the numbers of the file's earlier chunks and takes this chunk's. Writes nothing.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<ImportOutcome> check(List<HistoryLine> lines, Set<String> seen) {
        return checked(lines, seen).outcomes;
    }

    /** Imports the good rows; {@code progress} hears how many of the chunk's rows are done after each batch. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<ImportOutcome> importAll(List<HistoryLine> lines, IntConsumer progress, Set<String> seen) {
        String actor = CurrentUser.require().username();
        Checked checked = checked(lines, seen);
        List<ImportOutcome> result = new ArrayList<>(checked.outcomes);
        org.tiaojie.casework.shared.ImportBatches.write(result.size(), checked.ready.keySet(), BATCH, progress,
                batch -> write(batch, checked.ready, result, actor));
        return result;
    }

    private void write(List<Integer> batch, Map<Integer, FinishedDispute> ready, List<ImportOutcome> result,
            String actor) {
        try {
            List<Long> ids = transactions.execute(status -> written(batch.stream().map(ready::get).toList(), actor));
            for (int k = 0; k < batch.size(); k++) {
                result.set(batch.get(k), outcome(result.get(batch.get(k)), ImportOutcome.Status.CREATED, ids.get(k)));
            }
        } catch (DataIntegrityViolationException e) {
            // another import brought some of these numbers in meanwhile: row by row, each finds or makes its own
            for (int i : batch) {
                ImportOutcome o = result.get(i);
                try {
                    long id = transactions.execute(status -> written(List.of(ready.get(i)), actor)).getFirst();
                    result.set(i, outcome(o, ImportOutcome.Status.CREATED, id));
                } catch (DataIntegrityViolationException again) {
                    Long id = existing(List.of(o.orderNumber())).get(o.orderNumber());
                    result.set(i, outcome(o, ImportOutcome.Status.EXISTED, id));
                }
            }
        }
    }

    /** Writes finished cases and the audit record naming them, in the caller's transaction. */
    private List<Long> written(List<FinishedDispute> finished, String actor) {
        Instant now = Instant.now(clock);
        List<Long> ids = registration.registerFinishedAs(finished, actor, now).stream().map(d -> d.getId()).toList();
        audit.record(actor, AuditService.HISTORY_IMPORT, null, "history import of " + finished.size() + " cases: "
                + finished.getFirst().legacyNumber() + (finished.size() > 1 ? " … " + finished.getLast().legacyNumber()
                        : ""));
        return ids;
    }

    private static ImportOutcome outcome(ImportOutcome o, ImportOutcome.Status status, Long id) {
        return new ImportOutcome(o.line(), o.orderNumber(), status, id, List.of());
    }

    private Map<String, Long> existing(List<String> numbers) {
        Map<String, Long> found = new HashMap<>();
        for (int from = 0; from < numbers.size(); from += 1000) {
            em.createQuery("select d.legacyNumber, d.id from Dispute d where d.legacyNumber in :numbers", Object[].class)
                    .setParameter("numbers", numbers.subList(from, Math.min(numbers.size(), from + 1000)))
                    .getResultList().forEach(r -> found.put((String) r[0], (Long) r[1]));
        }
        return found;
    }

    private record Checked(List<ImportOutcome> outcomes, Map<Integer, FinishedDispute> ready) {
    }

    private Checked checked(List<HistoryLine> lines, Set<String> seen) {
        WorkOrderService.Lookups lookups = orders.lookups();
        Map<String, Long> before = existing(lines.stream().map(l -> l.common().order().orderNumber())
                .filter(n -> n != null && !n.isBlank()).map(String::strip).distinct().toList());
        Instant now = Instant.now(clock);
        List<ImportOutcome> outcomes = new ArrayList<>(lines.size());
        Map<Integer, FinishedDispute> ready = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            HistoryLine line = lines.get(i);
            List<WorkOrderProblem> problems = new ArrayList<>(line.common().readProblems().stream()
                    .map(HistoryImportService::asRegistration).toList());
            String number = legacyNumber(line.common().order().orderNumber(), problems);
            NewDispute dispute = null;
            try {
                dispute = orders.check(line.common().order(), lookups, false);
            } catch (WorkOrderRejected e) {
                e.problems().stream().map(HistoryImportService::asRegistration)
                        .filter(p -> problems.stream().noneMatch(r -> r.field().equals(p.field())))
                        .forEach(problems::add);
            }
            Instant registered = line.common().order().platform().calledAt();
            if (registered == null && problems.stream().noneMatch(p -> p.field().equals("calledAt"))) {
                problems.add(new WorkOrderProblem("calledAt", "field.required", "@field.registeredAt"));
            }
            Instant ended = endedAt(line.endedAt(), registered, now, problems);
            HistoricOutcome outcome = outcome(line.outcome(), problems);
            Channel channel = channel(line.channel(), problems);
            String note = note(line.note(), problems);
            if (!problems.isEmpty()) {
                outcomes.add(new ImportOutcome(line.line(), number, ImportOutcome.Status.REJECTED, null, problems));
            } else if (before.containsKey(number) || !seen.add(number)) {
                outcomes.add(new ImportOutcome(line.line(), number, ImportOutcome.Status.EXISTED, before.get(number),
                        List.of()));
            } else {
                outcomes.add(new ImportOutcome(line.line(), number, ImportOutcome.Status.READY, null, List.of()));
                PlatformDetails sent = dispute.platform();
                ready.put(i, new FinishedDispute(new NewDispute(channel, null, dispute.categoryId(),
                        dispute.compoundId(), dispute.description(), dispute.amount(), dispute.partyCount(),
                        dispute.callerName(), dispute.callerPhone(), false, false, false, dispute.parties(),
                        new PlatformDetails(registered, null, sent.contactPhone(), sent.address(), null)), ended,
                        outcome, note, number));
            }
        }
        return new Checked(outcomes, ready);
    }

    /** A work order's call time is a finished case's registration time: its problems say so. */
    private static WorkOrderProblem asRegistration(WorkOrderProblem p) {
        return p.key().startsWith("workOrder.calledAt.")
                ? new WorkOrderProblem(p.field(), "history.registeredAt." + p.key().substring(19), p.args()) : p;
    }

    private static String legacyNumber(String value, List<WorkOrderProblem> problems) {
        String number = value == null || value.isBlank() ? null : value.strip();
        if (number == null) {
            problems.add(new WorkOrderProblem("orderNumber", "field.required", "@field.legacyNumber"));
        } else if (number.length() > MAX_LEGACY_NUMBER) {
            problems.add(new WorkOrderProblem("orderNumber", "history.legacyNumber.tooLong", number,
                    String.valueOf(MAX_LEGACY_NUMBER)));
        } else {
            try {
                PrintableText.check(number, "field.legacyNumber", false);
            } catch (CaseworkException e) {
                problems.add(new WorkOrderProblem("orderNumber", e.getKey(), e.getArgs()));
            }
        }
        return number;
    }

    private static Instant endedAt(String value, Instant registered, Instant now, List<WorkOrderProblem> problems) {
        if (value == null) {
            problems.add(new WorkOrderProblem("endedAt", "field.required", "@field.endedAt"));
            return null;
        }
        Optional<Instant> at = WorkOrderCells.dateTime(value);
        if (at.isEmpty()) {
            problems.add(new WorkOrderProblem("endedAt", "history.endedAt.format", value));
        } else if (at.get().isAfter(now)) {
            problems.add(new WorkOrderProblem("endedAt", "history.endedAt.future", value));
        } else if (registered != null && at.get().isBefore(registered)) {
            problems.add(new WorkOrderProblem("endedAt", "history.endedAt.order", value));
        }
        return at.orElse(null);
    }

    private static HistoricOutcome outcome(String value, List<WorkOrderProblem> problems) {
        if (value == null) {
            problems.add(new WorkOrderProblem("outcome", "history.outcome.required", HistoricOutcome.accepted()));
            return null;
        }
        return HistoricOutcome.named(value).orElseGet(() -> {
            problems.add(new WorkOrderProblem("outcome", "history.outcome.unknown", value, HistoricOutcome.accepted()));
            return null;
        });
    }

    /** 来源 by its name on screen or its constant; a case that does not say was brought by a party (当事人申请). */
    private static Channel channel(String value, List<WorkOrderProblem> problems) {
        if (value == null) {
            return Channel.WALK_IN;
        }
        for (Channel c : Channel.values()) {
            if (value.equals(CaseworkMessages.label(Locale.SIMPLIFIED_CHINESE, c))
                    || value.toUpperCase(Locale.ROOT).equals(c.name())) {
                return c;
            }
        }
        problems.add(new WorkOrderProblem("channel", "history.channel.unknown", value, String.join("、",
                java.util.Arrays.stream(Channel.values())
                        .map(c -> CaseworkMessages.label(Locale.SIMPLIFIED_CHINESE, c)).toList())));
        return null;
    }

    private static String note(String value, List<WorkOrderProblem> problems) {
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_NOTE) {
            problems.add(new WorkOrderProblem("outcomeNote", "history.note.tooLong", String.valueOf(value.length()),
                    String.valueOf(MAX_NOTE)));
            return null;
        }
        try {
            return PrintableText.check(value, "field.historyNote");
        } catch (CaseworkException e) {
            problems.add(new WorkOrderProblem("outcomeNote", e.getKey(), e.getArgs()));
            return null;
        }
    }
}
