package org.tiaojie.casework.intake;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.dispute.Channel;
import org.tiaojie.casework.dispute.DisputeRegistration;
import org.tiaojie.casework.dispute.NewDispute;

/**
 * Bulk import of 12345 work orders read from a file: every row is checked first (nothing is
 * written for a bad row), order numbers already registered and repeated within the file are
 * recognised, and the good rows are written in batches of {@value #BATCH} per transaction. A batch
 * that meets a concurrent import of the same orders is redone row by row, so each row is either
 * registered whole or reported, and importing the same file again registers nothing.
 */
@Service
public class WorkOrderImportService {

    static final int BATCH = 100;

    private final WorkOrderService orders;
    private final DisputeRegistration registration;
    private final EntityManager em;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final org.tiaojie.casework.audit.AuditService audit;
    private final WorkOrderReceipts receipts;
    private final RepeatCalls repeatCalls;
    private final org.tiaojie.casework.dispute.ContactMerging merging;

    WorkOrderImportService(WorkOrderService orders, DisputeRegistration registration, EntityManager em,
            PlatformTransactionManager transactionManager, Clock clock, org.tiaojie.casework.audit.AuditService audit,
            WorkOrderReceipts receipts, RepeatCalls repeatCalls, org.tiaojie.casework.dispute.ContactMerging merging) {
        this.repeatCalls = repeatCalls;
        this.merging = merging;
        this.receipts = receipts;
        this.audit = audit;
        this.orders = orders;
        this.registration = registration;
        this.em = em;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * The error report of an import is downloaded: it repeats the file's rows (callers' numbers
     * among them), so it is an export of personal data, recorded in the audit log.
     */
    @PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
    @org.springframework.transaction.annotation.Transactional
    public void reportExported(String fileName, int rows) {
        audit.record(CurrentUser.require().username(), org.tiaojie.casework.audit.AuditService.EXPORT, null,
                "import error report of " + fileName + ", " + rows + " rows");
    }

    /** The result of an import (order number → case number → organisation) is downloaded: recorded like a report. */
    @PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
    @org.springframework.transaction.annotation.Transactional
    public void resultExported(String fileName, int rows) {
        audit.record(CurrentUser.require().username(), org.tiaojie.casework.audit.AuditService.EXPORT, null,
                "import result of " + fileName + ", " + rows + " rows");
    }

    /** Where an imported row's order now is: its case number and the organisation handling it. */
    public record CaseRef(String caseNumber, String organisation) {
    }

    /**
     * The cases of an import's rows, by dispute id, for the result to show and take away (those outside the user's
     * area left out); read in chunks of a thousand ids.
     */
    @PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public Map<Long, CaseRef> cases(java.util.Collection<Long> ids) {
        Map<Long, CaseRef> found = new HashMap<>();
        List<Long> all = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        var area = CurrentUser.require().area().disputes("d");
        for (int from = 0; from < all.size(); from += 1000) {
            area.bind(em.createQuery("select d.id, d.caseNumber, o.name from Dispute d left join d.organisation o where "
                    + area + " and d.id in :ids", Object[].class))
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + 1000))).getResultList()
                    .forEach(r -> found.put((Long) r[0], new CaseRef((String) r[1], (String) r[2])));
        }
        return found;
    }

    /** The rows as they would import now: READY, EXISTED or REJECTED with reasons. Writes nothing. */
    @PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
    public List<ImportOutcome> check(List<ImportLine> lines) {
        return check(lines, new HashSet<>());
    }

    /**
     * {@link #check(List)} for one chunk of a file read in chunks: {@code seen} holds the order numbers of the file's
     * earlier chunks (a repeat of one of them is EXISTED) and takes this chunk's.
     */
    @PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
    public List<ImportOutcome> check(List<ImportLine> lines, Set<String> seen) {
        return checked(lines, orders.lookups(), seen).outcomes;
    }

    /** Imports the good rows; {@code progress} hears how many rows are done after each batch. */
    @PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
    public List<ImportOutcome> importAll(List<ImportLine> lines, IntConsumer progress) {
        return importAll(lines, progress, new HashSet<>());
    }

    /**
     * What becomes of an order registered before and sent again with other content: only said (left CHANGED), kept on
     * its case as a further contact carrying the new content, or taken over into the case with a line of its timeline.
     */
    public enum Resend { REPORT, CONTACT, UPDATE }

    /** {@link #importAll(List, IntConsumer)} for one chunk of a file read in chunks, {@code seen} as in check. */
    @PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
    public List<ImportOutcome> importAll(List<ImportLine> lines, IntConsumer progress, Set<String> seen) {
        return importAll(lines, progress, seen, Resend.REPORT);
    }

    /** {@link #importAll(List, IntConsumer, Set)}, with resends of other content kept as {@code resend} says. */
    @PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
    public List<ImportOutcome> importAll(List<ImportLine> lines, IntConsumer progress, Set<String> seen,
            Resend resend) {
        String actor = CurrentUser.require().username();
        Checked checked = checked(lines, orders.lookups(), seen);
        List<ImportOutcome> result = new ArrayList<>(checked.outcomes);
        org.tiaojie.casework.shared.ImportBatches.write(result.size(), checked.ready.keySet(), BATCH, progress,
                batch -> write(batch, checked.ready, result, actor));
        if (resend != Resend.REPORT) {
            checked.changed.forEach((i, order) -> result.set(i, resent(result.get(i), order, resend)));
        }
        return result;
    }

    /** A resend of other content kept on its case, in a transaction of its own; refused, it stays CHANGED and says why. */
    private ImportOutcome resent(ImportOutcome o, NewDispute order, Resend resend) {
        String digest = WorkOrderReceipts.digest(order);
        try {
            List<String> changed = transactions.execute(status -> {
                List<String> fields = merging.resend(o.disputeId(), order, digest, resend == Resend.CONTACT);
                if (resend == Resend.UPDATE) {
                    receipts.replace(o.disputeId(), digest);
                }
                return fields;
            });
            return new ImportOutcome(o.line(), o.orderNumber(), resend == Resend.CONTACT ? ImportOutcome.Status.MERGED
                    : ImportOutcome.Status.UPDATED, o.disputeId(), changed.stream()
                            .map(k -> new WorkOrderProblem("orderNumber", "workOrder.updated", "@" + k)).toList());
        } catch (org.tiaojie.casework.shared.CaseworkException e) {
            List<WorkOrderProblem> why = new ArrayList<>(o.problems());
            why.add(new WorkOrderProblem("orderNumber", e.getKey(), e.getArgs()));
            return new ImportOutcome(o.line(), o.orderNumber(), ImportOutcome.Status.CHANGED, o.disputeId(), why);
        }
    }

    /**
     * Writes a batch: rows repeating an open matter (already stored, or a new case of an earlier row of this batch)
     * are merged into it one by one after the new cases are written, each row whole in its own transaction.
     */
    private void write(List<Integer> all, Map<Integer, NewDispute> ready, List<ImportOutcome> result, String actor) {
        Instant now = Instant.now(clock);
        List<Integer> batch = new ArrayList<>();
        Map<Integer, Long> intoStored = new java.util.LinkedHashMap<>();
        Map<Integer, Integer> intoRow = new java.util.LinkedHashMap<>();
        Map<String, Integer> firstOfMatter = new HashMap<>();
        boolean merging = repeatCalls.on();
        List<java.util.Optional<RepeatCalls.Matter>> matters = merging
                ? repeatCalls.mattersOf(all.stream().map(ready::get).toList(), now) : List.of();
        for (int n = 0; n < all.size(); n++) {
            int i = all.get(n);
            NewDispute row = ready.get(i);
            var matter = merging ? matters.get(n) : java.util.Optional.<RepeatCalls.Matter>empty();
            String key = row.callerPhone() + "|" + row.compoundId() + "|" + row.categoryId();
            if (matter.isPresent()) {
                intoStored.put(i, matter.get().disputeId());
            } else if (merging && firstOfMatter.containsKey(key) && repeatCalls.withinWindow(
                    row.platform().registeredAt(now), ready.get(firstOfMatter.get(key)).platform().registeredAt(now))) {
                intoRow.put(i, firstOfMatter.get(key));
            } else {
                firstOfMatter.put(key, i);
                batch.add(i);
            }
        }
        if (!batch.isEmpty()) {
            writeNew(batch, ready, result, actor, now);
        }
        intoStored.forEach((i, dispute) -> merge(i, dispute, ready, result));
        intoRow.forEach((i, first) -> {
            Long dispute = result.get(first).disputeId();
            if (dispute == null) {
                writeNew(List.of(i), ready, result, actor, now);
            } else {
                merge(i, dispute, ready, result);
            }
        });
    }

    private void merge(int i, long dispute, Map<Integer, NewDispute> ready, List<ImportOutcome> result) {
        NewDispute row = ready.get(i);
        ImportOutcome o = result.get(i);
        var merged = merging.mergeOrder(dispute, row, WorkOrderReceipts.digest(row), true);
        if (merged.isPresent() && merged.get().created()) {
            result.set(i, new ImportOutcome(o.line(), o.orderNumber(), ImportOutcome.Status.MERGED, merged.get().id(),
                    List.of()));
            return;
        }
        // the matter closed meanwhile, or the order arrived by another way: decided as the API decides it
        try {
            WorkOrderService.Submitted r = orders.register(row);
            result.set(i, new ImportOutcome(o.line(), o.orderNumber(), r.created() ? ImportOutcome.Status.CREATED
                    : ImportOutcome.Status.EXISTED, r.disputeId(), List.of()));
        } catch (WorkOrderService.Conflict c) {
            result.set(i, new ImportOutcome(o.line(), o.orderNumber(), ImportOutcome.Status.REJECTED, c.disputeId(),
                    List.of(new WorkOrderProblem("orderNumber", c.getKey(), c.getArgs()))));
        }
    }

    private void writeNew(List<Integer> batch, Map<Integer, NewDispute> ready, List<ImportOutcome> result,
            String actor, Instant now) {
        try {
            // one statement for the batch's compounds, one case-number range per organisation, the rows
            // written together at the commit (#10: a flush per row made a batch no faster than single orders)
            List<Long> ids = transactions.execute(status -> {
                List<Long> made = registration.registerAllAs(batch.stream().map(ready::get).toList(), actor, now)
                        .stream().map(d -> d.getId()).toList();
                em.flush();
                for (int k = 0; k < batch.size(); k++) {
                    receipts.keep(made.get(k), WorkOrderReceipts.digest(ready.get(batch.get(k))));
                }
                return made;
            });
            for (int k = 0; k < batch.size(); k++) {
                result.set(batch.get(k), created(result.get(batch.get(k)), ids.get(k)));
            }
        } catch (DataIntegrityViolationException e) {
            // someone registered some of these orders meanwhile: row by row, each finds or makes its own
            for (int i : batch) {
                ImportOutcome o = result.get(i);
                try {
                    WorkOrderService.Submitted r = orders.register(ready.get(i));
                    result.set(i, r.created() ? created(o, r.disputeId())
                            : new ImportOutcome(o.line(), o.orderNumber(), ImportOutcome.Status.EXISTED, r.disputeId(),
                                    List.of()));
                } catch (WorkOrderService.Conflict c) {
                    result.set(i, new ImportOutcome(o.line(), o.orderNumber(), ImportOutcome.Status.REJECTED,
                            c.disputeId(), List.of(new WorkOrderProblem("orderNumber", c.getKey(), c.getArgs()))));
                }
            }
        }
    }

    private static ImportOutcome created(ImportOutcome o, long id) {
        return new ImportOutcome(o.line(), o.orderNumber(), ImportOutcome.Status.CREATED, id, List.of());
    }

    private record Checked(List<ImportOutcome> outcomes, Map<Integer, NewDispute> ready,
            Map<Integer, NewDispute> changed) {
    }

    private Checked checked(List<ImportLine> lines, WorkOrderService.Lookups lookups, Set<String> seen) {
        Map<String, WorkOrderReceipts.Registered> existing = receipts.registered(lines.stream()
                .map(l -> l.order().orderNumber()).filter(n -> n != null && !n.isBlank()).map(String::strip)
                .distinct().toList());
        List<ImportOutcome> outcomes = new ArrayList<>(lines.size());
        Map<Integer, NewDispute> ready = new HashMap<>();
        Map<Integer, NewDispute> changed = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            ImportLine line = lines.get(i);
            String number = line.order().orderNumber() == null ? null : line.order().orderNumber().strip();
            List<WorkOrderProblem> problems = new ArrayList<>(line.readProblems());
            NewDispute input = null;
            try {
                input = orders.check(line.order(), lookups);
            } catch (WorkOrderRejected e) {
                // a field that could not be read is reported once, by its reading problem
                e.problems().stream().filter(p -> problems.stream().noneMatch(r -> r.field().equals(p.field())))
                        .forEach(problems::add);
            }
            WorkOrderReceipts.Registered before = number == null ? null : existing.get(number);
            if (problems.isEmpty() && before != null && before.digest() != null
                    && !before.sentBefore(WorkOrderReceipts.digest(input)) && seen.add(number)) {
                // the number was registered with other content: said, never silently skipped; kept as the operator says
                // (once: the same number again in the file is a repeat of this row)
                outcomes.add(new ImportOutcome(line.line(), number, ImportOutcome.Status.CHANGED, before.disputeId(),
                        List.of(new WorkOrderProblem("orderNumber", "workOrder.changed", number, before.caseNumber()))));
                changed.put(i, input);
                continue;
            }
            if (line.elsewhere()) {
                outcomes.add(new ImportOutcome(line.line(), number, ImportOutcome.Status.ELSEWHERE, null, List.of(
                        new WorkOrderProblem("compound", "workOrder.compound.elsewhere", line.sent().compound()))));
            } else if (!problems.isEmpty()) {
                outcomes.add(new ImportOutcome(line.line(), number, ImportOutcome.Status.REJECTED, null, problems));
            } else if (before != null || !seen.add(number)) {
                // registered before: the case it is on, for the result to show (a repeat within the file has none yet)
                outcomes.add(new ImportOutcome(line.line(), number, ImportOutcome.Status.EXISTED,
                        before == null ? null : before.disputeId(), List.of()));
            } else {
                outcomes.add(new ImportOutcome(line.line(), number, ImportOutcome.Status.READY, null, List.of()));
                ready.put(i, input);
            }
        }
        return new Checked(outcomes, ready, changed);
    }
}
