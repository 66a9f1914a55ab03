package org.tiaojie.casework.intake;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tiaojie.casework.reply.PlatformReplyRow;
import org.tiaojie.casework.reply.PlatformReplyService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.category.CategoryRow;
import org.tiaojie.casework.category.CategoryService;
import org.tiaojie.casework.dispute.Channel;
import org.tiaojie.casework.dispute.DisputeDetail;
import org.tiaojie.casework.dispute.CaseDetailService;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.casework.dispute.DisputeRegistration;
import org.tiaojie.casework.dispute.DisputeState;
import org.tiaojie.casework.dispute.NewDispute;
import org.tiaojie.casework.dispute.PlatformDetails;
import org.tiaojie.casework.organisation.AreaScope;
import org.tiaojie.casework.party.PhoneNumber;
import org.tiaojie.casework.shared.CaseworkException;

/**
 * 12345 work orders from a platform or an import file: each is checked field by field (every
 * problem named, nothing stored), its compound and category resolved inside the caller's area,
 * and registered once per order number, however often and however concurrently it is sent.
 */
@Service
public class WorkOrderService {

    public static final int MAX_DESCRIPTION = 4000;
    /**
     * An order number as platforms write them and as a GET path can carry back: letters, digits, - _ . (docs/DOMAIN.md),
     * compared exactly — case and every character count; blanks around it are trimmed once, where it arrives.
     */
    private static final Pattern ORDER_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,59}");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000000");

    private final EntityManager em;
    private final CategoryService categories;
    private final DisputeRegistration registration;
    private final DisputeQueryService queries;
    private final CaseDetailService details;

    private final PlatformReplyService replies;

    private final WorkOrderReceipts receipts;
    private final RepeatCalls repeatCalls;
    private final org.tiaojie.casework.dispute.ContactMerging merging;
    private final java.time.Clock clock;

    WorkOrderService(EntityManager em, CategoryService categories, DisputeRegistration registration,
            DisputeQueryService queries, CaseDetailService details, PlatformReplyService replies,
            WorkOrderReceipts receipts, RepeatCalls repeatCalls, org.tiaojie.casework.dispute.ContactMerging merging,
            java.time.Clock clock) {
        this.repeatCalls = repeatCalls;
        this.merging = merging;
        this.clock = clock;
        this.receipts = receipts;
        this.replies = replies;
        this.em = em;
        this.categories = categories;
        this.registration = registration;
        this.queries = queries;
        this.details = details;
    }

    /** A registered work order: the dispute and whether this request created it. */
    public record Submitted(long disputeId, boolean created) {
    }

    /**
     * The compounds and categories work orders are resolved against, read once for a request or a
     * whole import file.
     */
    public static final class Lookups {
        private final Map<String, List<Object[]>> compoundsByName = new HashMap<>();
        private final Map<String, CategoryRow> byCode = new HashMap<>();
        private final Map<String, List<CategoryRow>> byName = new HashMap<>();
        private final Map<Long, CategoryRow> byId = new HashMap<>();
        private final java.util.Set<Long> parents = new java.util.HashSet<>();

        private Lookups() {
        }
    }

    @PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
    @Transactional(readOnly = true)
    public Lookups lookups() {
        return lookups(null);
    }

    /** With {@code compoundName}, only the compounds of that name (one API request needs no more). */
    private Lookups lookups(String compoundName) {
        var inArea = CurrentUser.require().area().compounds("m", "s");
        Lookups l = new Lookups();
        if (inArea.isPresent()) {
            AreaScope.Condition where = inArea.get();
            var compounds = where.bind(em.createQuery("select c.id, c.name, m.name from Compound c join c.community m"
                    + " join m.street s where " + where + (compoundName == null ? "" : " and c.name = :name"),
                    Object[].class));
            if (compoundName != null) {
                compounds.setParameter("name", compoundName);
            }
            compounds.getResultList()
                    .forEach(r -> l.compoundsByName.computeIfAbsent((String) r[1], k -> new ArrayList<>()).add(r));
        }
        for (CategoryRow c : categories.findAll()) {
            if (!c.active()) {
                continue;
            }
            l.byCode.put(c.code().toUpperCase(java.util.Locale.ROOT), c);
            l.byName.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c);
            l.byId.put(c.id(), c);
            if (c.parentId() != null) {
                l.parents.add(c.parentId());
            }
        }
        return l;
    }

    /** Checks every field; returns the dispute to register or throws with every problem found. */
    public NewDispute check(WorkOrder order, Lookups l) {
        return check(order, l, true);
    }

    /**
     * {@link #check(WorkOrder, Lookups)}, or with {@code platformOrder} false the same checks of a dispute that is no
     * platform's order (a case of an earlier system): its number is the caller's to check, and a caller's phone may
     * be missing.
     */
    public NewDispute check(WorkOrder order, Lookups l, boolean platformOrder) {
        List<WorkOrderProblem> problems = new ArrayList<>();
        String number = text(order.orderNumber());
        if (!platformOrder) {
            number = null;
        } else if (number == null) {
            problems.add(new WorkOrderProblem("orderNumber", "field.required", "@field.orderNumber"));
        } else if (!ORDER_NUMBER.matcher(number).matches()) {
            problems.add(new WorkOrderProblem("orderNumber", "workOrder.orderNumber.format", "60"));
        }
        String phone = null;
        if (text(order.callerPhone()) == null) {
            if (platformOrder) {
                problems.add(new WorkOrderProblem("callerPhone", "field.required", "@field.phone"));
            }
        } else {
            try {
                phone = PhoneNumber.of(order.callerPhone()).value();
            } catch (CaseworkException e) {
                problems.add(new WorkOrderProblem("callerPhone", "workOrder.phone.format", "@field.callerPhone",
                        order.callerPhone().strip()));
            }
        }
        String name = text(order.callerName());
        if (name != null && name.length() > 50) {
            problems.add(new WorkOrderProblem("callerName", "field.tooLong", "@field.callerName", "50"));
        }
        printable(name, "callerName", "field.callerName", false, problems);
        Long compound = compound(order, l, problems);
        Long category = category(order.category(), l, problems);
        String description = order.description() == null || order.description().isBlank() ? null
                : org.tiaojie.casework.shared.Fields.trim(order.description(), true);
        if (description == null) {
            problems.add(new WorkOrderProblem("description", "field.required", "@field.description"));
        } else if (description.length() > MAX_DESCRIPTION) {
            problems.add(new WorkOrderProblem("description", "workOrder.description.tooLong",
                    String.valueOf(description.length()), String.valueOf(MAX_DESCRIPTION)));
        } else {
            printable(description, "description", "field.description", true, problems);
        }
        int parties = order.partyCount() == null ? 1 : order.partyCount();
        if (parties < 1 || parties > 100_000) {
            problems.add(new WorkOrderProblem("partyCount", "workOrder.partyCount.range", "1", "100000"));
        }
        BigDecimal amount = order.amount();
        if (amount != null && (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.scale() > 2)) {
            problems.add(new WorkOrderProblem("amount", "workOrder.amount.range"));
        }
        int n = -1;
        for (org.tiaojie.casework.dispute.PartyDetails party : order.parties()) {
            n++;
            try {
                if (party == null) {
                    throw new CaseworkException("party.name.required");
                }
                org.tiaojie.casework.dispute.DisputeParty.check(party);
            } catch (CaseworkException e) {
                problems.add(new WorkOrderProblem(PartyProblemField.of(n, party, e), e.getKey(), e.getArgs()));
            }
        }
        PlatformDetails platform = PlatformFields.check(order.platform(), Instant.now(clock), problems);
        if (!problems.isEmpty()) {
            throw new WorkOrderRejected(problems);
        }
        return new NewDispute(Channel.HOTLINE_12345, number, category, compound, description, amount,
                Math.max(parties, order.parties().size()), name, phone, Boolean.TRUE.equals(order.leaderInstruction()),
                Boolean.TRUE.equals(order.publicOpinion()), Boolean.TRUE.equals(order.urgent()), order.parties(),
                platform);
    }


    private static Long compound(WorkOrder order, Lookups l, List<WorkOrderProblem> problems) {
        String name = text(order.compound());
        if (name == null) {
            problems.add(new WorkOrderProblem("compound", "field.required", "@field.compound"));
            return null;
        }
        List<Object[]> found = l.compoundsByName.getOrDefault(name, List.of());
        String community = text(order.community());
        if (community != null) {
            found = found.stream().filter(r -> community.equals(r[2])).toList();
        }
        if (found.isEmpty()) {
            problems.add(new WorkOrderProblem(community != null && l.compoundsByName.containsKey(name) ? "community"
                    : "compound", "workOrder.compound.unknown", name + (community == null ? "" : "（" + community + "）")));
            return null;
        }
        if (found.size() > 1) {
            problems.add(new WorkOrderProblem("community", "workOrder.compound.ambiguous", name, found.size()));
            return null;
        }
        return (Long) found.getFirst()[0];
    }

    private static Long category(String value, Lookups l, List<WorkOrderProblem> problems) {
        String v = text(value);
        if (v == null) {
            problems.add(new WorkOrderProblem("category", "field.required", "@field.category"));
            return null;
        }
        CategoryRow found = l.byCode.get(v.toUpperCase(java.util.Locale.ROOT));
        if (found == null) {
            found = named(l, null, v);
        }
        // "大类/细类", where a name may hold "/" itself (噪音/相邻关系): every split is tried, the 大类 left of it
        for (int slash = v.indexOf('/'); found == null && slash >= 0; slash = v.indexOf('/', slash + 1)) {
            String parent = org.tiaojie.casework.shared.Fields.trim(v.substring(0, slash));
            String leaf = org.tiaojie.casework.shared.Fields.trim(v.substring(slash + 1));
            found = named(l, parent, leaf);
            if (found == null && !leaf.isEmpty()) {
                // a sub-category under a 大类 without any of its own falls back to the 大类 (专项维修资金/维修资金使用)
                CategoryRow top = named(l, null, parent);
                found = top != null && top.parentId() == null && !l.parents.contains(top.id()) ? top : null;
            }
        }
        if (found == null) {
            problems.add(new WorkOrderProblem("category", "workOrder.category.unknown", v));
            return null;
        }
        if (l.parents.contains(found.id())) {
            problems.add(new WorkOrderProblem("category", "workOrder.category.parent", found.name()));
            return null;
        }
        return found.id();
    }

    /** The one active category named {@code name} (under the 大类 named {@code parent}, when given), or null. */
    private static CategoryRow named(Lookups l, String parent, String name) {
        List<CategoryRow> named = l.byName.getOrDefault(name, List.of()).stream()
                .filter(c -> parent == null || (c.parentId() != null && l.byId.containsKey(c.parentId())
                        && l.byId.get(c.parentId()).name().equals(parent)))
                .toList();
        return named.size() == 1 ? named.getFirst() : null;
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : org.tiaojie.casework.shared.Fields.trim(s);
    }

    /**
     * Checks and registers one work order. The same order number again with the same content gives the same dispute
     * (a retry); with other content it is refused as a {@link Conflict} naming that dispute.
     */
    @PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
    public Submitted submit(WorkOrder order) {
        String name = text(order.compound());
        return register(check(order, lookups(name == null ? "" : name)));
    }

    /**
     * Registers an order already checked with {@link #check} (a row of an import file), as {@link #submit} does: an
     * order number held already is a retry (same content) or a {@link Conflict}; an order repeating an open matter
     * under the repeat-call rule is kept on it as a further contact (并单); any other is a dispute of its own.
     */
    @PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
    public Submitted register(NewDispute checked) {
        String digest = WorkOrderReceipts.digest(checked);
        var held = merging.held(Channel.HOTLINE_12345, checked.externalRef());
        if (held.isPresent()) {
            return again(checked, held.get(), digest);
        }
        var matter = repeatCalls.matterOf(checked, Instant.now(clock));
        if (matter.isPresent()) {
            var merged = merging.mergeOrder(matter.get().disputeId(), checked, digest, true);
            if (merged.isPresent()) {
                if (merged.get().created()) {
                    return new Submitted(merged.get().id(), true);
                }
                // the same order, sent concurrently, was merged by the other request
                return again(checked, merging.held(Channel.HOTLINE_12345, checked.externalRef()).orElseThrow(), digest);
            }
        }
        DisputeRegistration.Registration r = registration.registerOnce(checked,
                (d, now, actor) -> {
                    receipts.keep(d.getId(), digest);
                    return null;
                });
        if (!r.created()) {
            receipts.sentBefore(r.id()).filter(before -> !before.equals(digest)).ifPresent(before -> {
                throw new Conflict(checked.externalRef(), r.id(), receipts.caseNumber(r.id()));
            });
        }
        return new Submitted(r.id(), r.created());
    }

    /** An order number sent before: the same content is a retry, other content a conflict naming the dispute. */
    private Submitted again(NewDispute checked, org.tiaojie.casework.dispute.ContactMerging.Held held, String digest) {
        String before = held.contact() ? held.digest() : receipts.sentBefore(held.disputeId()).orElse(null);
        if (before != null && !before.equals(digest)) {
            throw new Conflict(checked.externalRef(), held.disputeId(), receipts.caseNumber(held.disputeId()));
        }
        return new Submitted(held.disputeId(), false);
    }

    /** An order number registered before with other content: the platform is told which dispute holds it. */
    public static final class Conflict extends CaseworkException {
        private final long disputeId;

        Conflict(String orderNumber, long disputeId, String caseNumber) {
            super("workOrder.conflict", orderNumber, caseNumber);
            this.disputeId = disputeId;
        }

        public long disputeId() {
            return disputeId;
        }
    }

    /** Where an order stands, or empty when no order of that number lies in the caller's area. */
    @PreAuthorize("hasAnyRole('OPERATOR','ADMIN')")
    @Transactional(readOnly = true)
    public Optional<WorkOrderStatus> status(String orderNumber) {
        String number = text(orderNumber);
        if (number == null) {
            return Optional.empty();
        }
        Optional<Long> own = queries.idByExternalRef(Channel.HOTLINE_12345, number);
        Optional<org.tiaojie.casework.dispute.ContactMerging.Held> contact = own.isPresent() ? Optional.empty()
                : merging.held(Channel.HOTLINE_12345, number).filter(h -> h.contact() && inArea(h.disputeId()));
        return own.or(() -> contact.map(org.tiaojie.casework.dispute.ContactMerging.Held::disputeId)).map(id -> {
            DisputeDetail d = details.detail(id);
            boolean finished = !d.state().isOpen();
            DisputeDetail.TimelineEntry last = null;
            for (DisputeDetail.TimelineEntry e : d.timeline()) {
                if (e.to() == DisputeState.CLOSED || e.to() == DisputeState.REJECTED || e.to() == DisputeState.TRANSFERRED) {
                    last = e;
                }
            }
            Instant finishedAt = finished && last != null ? last.at() : null;
            var replied = replies.ofDispute(id);
            String reply = replied.stream().filter(PlatformReplyRow::finalReply).map(PlatformReplyRow::content)
                    .findFirst().orElse(!finished || last == null ? null
                            : last.reason() != null ? last.reason() : d.transferredTo());
            return new WorkOrderStatus(number, id, d.caseNumber(), d.state(), d.organisationName(), d.tier(),
                    d.registeredAt(), d.dueDate(), d.contactCount(), finished, finishedAt, d.closureType(), reply,
                    replied, contact.map(org.tiaojie.casework.dispute.ContactMerging.Held::mergedAt).orElse(null),
                    contact.map(org.tiaojie.casework.dispute.ContactMerging.Held::replyDueAt).orElse(null));
        });
    }

    /** Whether the dispute lies in the caller's area (a look-up outside it is refused and audited as such). */
    private boolean inArea(long disputeId) {
        try {
            queries.find(disputeId);
            return true;
        } catch (CaseworkException e) {
            return false;
        }
    }

    /** A text the documents will print, checked against their faces: a character they lack is a problem of the row. */
    static void printable(String value, String field, String label, boolean lines,
            List<WorkOrderProblem> problems) {
        try {
            org.tiaojie.casework.shared.PrintableText.check(value, label, lines);
        } catch (CaseworkException e) {
            problems.add(new WorkOrderProblem(field, e.getKey(), e.getArgs()));
        }
    }
}
