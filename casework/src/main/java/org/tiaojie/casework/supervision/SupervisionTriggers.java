package org.tiaojie.casework.supervision;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.dispute.Dispute;
import org.tiaojie.casework.dispute.OverdueDisputes;
import org.tiaojie.casework.notification.NotificationService;
import org.tiaojie.casework.organisation.OrganisationService;
import org.tiaojie.casework.organisation.Tier;
import org.tiaojie.casework.place.Compound;

/**
 * The supervisions nobody issues by hand (docs/DOMAIN.md, Supervision): a missed deadline whose
 * policy supervises (from the sweep, in its transaction), 领导批示, 重大舆情 and group disputes at
 * intake, repeat complaints (the same compound and category, or one caller, three times within 30
 * days), and each quarter's listing (挂牌督办). A trigger supervises a dispute once; a subject has at
 * most one open supervision.
 */
@Service
public class SupervisionTriggers {

    static final int REPEAT_THRESHOLD = 3;
    static final int REPEAT_WINDOW_DAYS = 30;
    static final String SYSTEM = "system";

    private final EntityManager em;
    private final SupervisionRepository supervisions;
    private final SupervisionNotices issuing;
    private final OrganisationService organisations;
    private final NotificationService notifications;

    SupervisionTriggers(EntityManager em, SupervisionRepository supervisions, SupervisionNotices issuing,
            OrganisationService organisations, NotificationService notifications) {
        this.em = em;
        this.supervisions = supervisions;
        this.issuing = issuing;
        this.organisations = organisations;
        this.notifications = notifications;
    }

    /** A deadline policy that supervises: the sweep hands over the disputes it has just marked, in its transaction. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void overdue(OverdueDisputes event) {
        // a sweep's batch at once: which were supervised for being overdue before (one query), notice numbers
        // reserved per district in one step, audiences and issuers looked up once
        List<OverdueDisputes.Overdue> todo = event.items().stream().filter(o -> !o.dispute().isSupervised()).toList();
        if (todo.isEmpty()) {
            return;
        }
        java.util.Set<Long> before = new java.util.HashSet<>(em.createQuery("""
                select s.disputeId from Supervision s where s.disputeId in :ids and s.trigger = :trigger""", Long.class)
                .setParameter("ids", todo.stream().map(o -> o.dispute().getId()).toList())
                .setParameter("trigger", SupervisionTrigger.OVERDUE).getResultList());
        todo = todo.stream().filter(o -> !before.contains(o.dispute().getId())).toList();
        SupervisionNotices.Batch batch = issuing.batch();
        todo.stream().collect(java.util.stream.Collectors.groupingBy(o -> o.dispute().getDistrictId(),
                java.util.stream.Collectors.counting())).forEach((district, n) -> batch.reserve(district, n, event.at()));
        LocalDate due = issuing.dueFrom(event.at());
        String instruction = SupervisionNotices.text("supervision.instruction.default");
        for (OverdueDisputes.Overdue o : todo) {
            Dispute d = o.dispute();
            SupervisionLevel level = d.getTier() == Tier.COMMUNITY ? SupervisionLevel.STREET : SupervisionLevel.DISTRICT;
            String reason = SupervisionNotices.text("supervision.reason.overdue", "@enum.ClockKind." + o.clock().name(), o.due());
            issuing.create(d, new Supervision.Notice(level, SupervisionTrigger.OVERDUE, reason, instruction, due, issuing.responsible(d),
                    null, batch.issuers.computeIfAbsent(d.getDistrictId(), issuing::issuerOf)), event.at(), SYSTEM, null,
                    batch);
        }
    }

    /**
     * What intake decided for a dispute: the notice it is owed. For repeat complaints also the subject's key (the
     * caller's matter, or the compound's complaints of the category) and how many complaints it has counted.
     */
    record IntakeNotice(long disputeId, long districtId, long responsibleId, SupervisionTrigger trigger,
            SupervisionLevel level, String reason, String subjectKey, int complaints, boolean counting) {
    }

    /**
     * At intake and on each merged call ({@link IntakeSupervision}, after the registrations have
     * committed): 领导批示, 重大舆情, group disputes and repeat complaints. Reads only, without locks:
     * the notices the disputes are owed, in their order. The disputes and their earlier notices are
     * read in one statement each. A dispute supervised already is only looked at for repeat complaints,
     * which may raise the open supervision of its subject.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<IntakeNotice> owedAtIntake(List<Long> disputeIds, boolean registered, Instant at) {
        Map<Long, Dispute> found = new HashMap<>();
        // with the category: a repeat complaint's reason names it
        ofIds(em.createQuery("select d from Dispute d join fetch d.category where d.id" + idCondition(disputeIds),
                Dispute.class), disputeIds).getResultList().forEach(d -> found.put(d.getId(), d));
        java.util.Set<String> issued = issuedAlready(disputeIds);
        List<IntakeNotice> owed = new ArrayList<>();
        List<Integer> repeated = new ArrayList<>();
        for (long id : disputeIds) {
            Dispute d = found.get(id);
            if (d == null || !d.getState().isOpen()) {
                continue;
            }
            SupervisionTrigger trigger = null;
            SupervisionLevel level = SupervisionLevel.STREET;
            String reason = null;
            if (registered && !d.isSupervised() && d.isLeaderInstruction()) {
                trigger = SupervisionTrigger.LEADER_INSTRUCTION;
                level = SupervisionLevel.DISTRICT;
                reason = SupervisionNotices.text("supervision.reason.leader");
            } else if (registered && !d.isSupervised() && d.isPublicOpinion()) {
                trigger = SupervisionTrigger.PUBLIC_OPINION;
                level = SupervisionLevel.DISTRICT;
                reason = SupervisionNotices.text("supervision.reason.opinion");
            } else if (registered && !d.isSupervised() && d.isGroupDispute()) {
                trigger = SupervisionTrigger.GROUP_DISPUTE;
                reason = SupervisionNotices.text("supervision.reason.group", Integer.toString(d.getPartyCount()));
            }
            if (trigger != null) {
                if (!issued.contains(id + ":" + trigger.name())) {
                    owed.add(new IntakeNotice(id, d.getDistrictId(), issuing.responsible(d), trigger, level, reason,
                            null, 0, false));
                }
                continue;
            }
            Repeat repeat = repeats(d, registered, at);
            if (repeat != null) {
                repeated.add(owed.size());
                owed.add(new IntakeNotice(id, d.getDistrictId(), issuing.responsible(d),
                        SupervisionTrigger.REPEAT_COMPLAINTS, levelFor(repeat.count()), repeat.reason(), repeat.key(),
                        repeat.count(), false));
            }
        }
        if (!repeated.isEmpty()) {
            // a subject under open supervision, or met earlier in this batch, is counted there: no number of its own
            java.util.Set<String> counting = new java.util.HashSet<>(em.createQuery(
                    "select s.openKey from Supervision s where s.openKey in :keys", String.class)
                    .setParameter("keys", repeated.stream().map(i -> owed.get(i).subjectKey()).distinct().toList())
                    .setFlushMode(jakarta.persistence.FlushModeType.COMMIT).getResultList());
            for (int i : repeated) {
                IntakeNotice n = owed.get(i);
                if (!counting.add(n.subjectKey())) {
                    owed.set(i, new IntakeNotice(n.disputeId(), n.districtId(), n.responsibleId(), n.trigger(),
                            n.level(), n.reason(), n.subjectKey(), n.complaints(), true));
                }
            }
        }
        return owed;
    }

    /** 街道督办 from the third complaint of a subject, 区级督办 from twice that. */
    static SupervisionLevel levelFor(int complaints) {
        return complaints >= 2 * REPEAT_THRESHOLD ? SupervisionLevel.DISTRICT : SupervisionLevel.STREET;
    }

    /**
     * The next notice numbers of each district ({@code count} of them), in a transaction of its own
     * that holds the counters' rows only for its own short commit: per district the first and the
     * last. A notice that a concurrent change then makes unnecessary leaves its number unused.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Map<Long, long[]> reserveNoticeNumbers(Map<Long, Integer> countByDistrict, Instant at) {
        SupervisionNotices.Batch batch = issuing.batch();
        new java.util.TreeMap<>(countByDistrict).forEach((district, count) -> batch.reserve(district, count, at));
        return batch.numbers;
    }

    /**
     * Issues intake notices with reserved numbers under the disputes' row locks (taken in one
     * statement, in id order), each only if its dispute still owes it; returns how many were issued.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int issueAtIntake(List<IntakeNotice> notices, Map<Long, long[]> numbers, Instant at) {
        List<Long> ids = notices.stream().map(IntakeNotice::disputeId).distinct().sorted().toList();
        SupervisionNotices.Batch batch = issuing.batch();
        // the audiences and issuers are read first, while the session is empty: each of those queries
        // would otherwise flush (dirty-check) the locked disputes and the notices written so far
        for (IntakeNotice notice : notices) {
            batch.audiences.computeIfAbsent(notice.responsibleId(), notifications::mediatorsOf);
            batch.issuers.computeIfAbsent(notice.districtId(), issuing::issuerOf);
        }
        Map<Long, Dispute> locked = new HashMap<>();
        ofIds(em.createQuery("select d from Dispute d where d.id" + idCondition(ids) + " order by d.id", Dispute.class),
                ids).setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultList().forEach(d -> locked.put(d.getId(), d));
        java.util.Set<String> issued = issuedAlready(ids);
        // the subjects' open supervisions, locked in one statement in key order: two reviews counting on the same
        // subjects take their locks in one order (the newest count and version, whichever node counted last; a
        // plain read would see this transaction's snapshot, taken before the dispute locks, and fail on the version)
        List<String> keys = notices.stream().map(IntakeNotice::subjectKey).filter(java.util.Objects::nonNull)
                .distinct().sorted().toList();
        Map<String, Supervision> openOf = new HashMap<>();
        if (!keys.isEmpty()) {
            em.createQuery("select s from Supervision s where s.openKey in :keys order by s.openKey", Supervision.class)
                    .setParameter("keys", keys).setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                    .getResultList().forEach(s -> openOf.put(s.openKeyValue(), s));
        }
        numbers.forEach((district, range) -> batch.numbers.put(district, range.clone()));
        int count = 0;
        for (IntakeNotice notice : notices) {
            Dispute d = locked.get(notice.disputeId());
            if (d == null || !d.getState().isOpen()) {
                continue;
            }
            if (notice.subjectKey() != null) {
                // the rule counted it: a repeat complaint, whichever supervision it is counted on (重复投诉率)
                d.markRepeatComplaint();
                Supervision open = openOf.get(notice.subjectKey());
                if (open != null) {
                    // the subject is supervised already: one supervision, raised as complaints accumulate
                    counted(open, notice, d, at);
                    continue;
                }
            }
            if (d.isSupervised() || !issued.add(notice.disputeId() + ":" + notice.trigger().name())) {
                continue;
            }
            if (notice.subjectKey() != null && notice.subjectKey().startsWith("K")) {
                long category = d.getCategory().getId();
                int complaints = notice.complaints();
                opened(openOf, issuing.create(d, new Supervision.Notice(notice.level(), notice.trigger(),
                        notice.reason(), SupervisionNotices.text("supervision.instruction.default"), issuing.dueFrom(at),
                        issuing.responsible(d), null, batch.issuers.computeIfAbsent(d.getDistrictId(), issuing::issuerOf)),
                        at, SYSTEM, null, batch, s -> s.ofComplaints(category, complaints)));
                count++;
                continue;
            }
            if (notice.trigger() == SupervisionTrigger.REPEAT_COMPLAINTS) {
                int complaints = notice.complaints();
                opened(openOf, issuing.create(d, new Supervision.Notice(notice.level(), notice.trigger(),
                        notice.reason(), SupervisionNotices.text("supervision.instruction.default"), issuing.dueFrom(at),
                        issuing.responsible(d), null, batch.issuers.computeIfAbsent(d.getDistrictId(), issuing::issuerOf)),
                        at, SYSTEM, null, batch, s -> s.counted(complaints)));
                count++;
                continue;
            }
            opened(openOf, issuing.create(d, new Supervision.Notice(notice.level(), notice.trigger(), notice.reason(),
                    SupervisionNotices.text("supervision.instruction.default"), issuing.dueFrom(at), issuing.responsible(d), null,
                    batch.issuers.computeIfAbsent(d.getDistrictId(), issuing::issuerOf)), at, SYSTEM, null, batch));
            count++;
        }
        return count;
    }

    /** A supervision this review opened: a later notice of its subject in the same review is counted on it. */
    private static void opened(Map<String, Supervision> openOf, Supervision made) {
        if (made.openKeyValue() != null) {
            openOf.put(made.openKeyValue(), made);
        }
    }

    /**
     * A further complaint of a subject under open supervision: counted on it, and when the count reaches the next
     * level the supervision is raised (a step of its record; its audience is told once). A dispute of the subject
     * other than the supervised one is noted with the supervision's number, without a notice of its own.
     */
    private void counted(Supervision open, IntakeNotice notice, Dispute d, Instant at) {
        if (notice.complaints() <= open.getComplaints()) {
            return;
        }
        open.counted(notice.complaints());
        SupervisionLevel to = levelFor(notice.complaints());
        // an open key belongs to a supervision not delisted; a 挂牌督办 is above any level counting reaches
        if (to.ordinal() > open.getLevel().ordinal()) {
            open.raise(to);
            issuing.step(open, SupervisionStep.RAISED, notice.reason(), null, at, SYSTEM, null);
            notifications.notify(notifications.mediatorsOf(open.getResponsibleId()), "supervision.notify.raised",
                    List.of(open.getNoticeNumber(), d.getCaseNumber(), "@enum.SupervisionLevel." + to.name(),
                            Integer.toString(notice.complaints())), open.getDisputeId(), at);
        }
        if (!d.getId().equals(open.getDisputeId())) {
            d.note(org.tiaojie.casework.dispute.DisputeActivity.SUPERVISION_JOINED, open.getNoticeNumber() + " "
                    + notice.reason(), at, SYSTEM);
        }
    }

    /** A repeat complaint: why, the subject's key and how many complaints the subject has. */
    private record Repeat(String reason, String key, int count) {
    }

    /**
     * Same compound and category, or the same caller, three times within 30 days (counted from the
     * indexes): the reason, or null. A registration counts the disputes registered up to and
     * including itself whose calls lie within 30 days of its own (the third complaint is supervised, not the two
     * before it, however late the decision runs, however many rows of one import batch share its time, and in
     * whatever order a platform's export lists its calls); a merged call counts up to now. The caller's calls merged into one matter count as complaints of that matter.
     */
    private Repeat repeats(Dispute d, boolean registered, Instant now) {
        Instant at = registered ? d.getRegisteredAt() : now;
        long upTo = registered ? d.getId() : Long.MAX_VALUE;
        java.time.Duration window = java.time.Duration.ofDays(REPEAT_WINDOW_DAYS);
        Instant since = at.minus(window);
        // calls made within 30 days of this one, registered before it (an import of a platform's export brings calls
        // out of the order they were made): the same three calls are counted whichever arrives last
        Instant until = registered ? at.plus(window) : now;
        // the batch's disputes are only read here: no flush (a dirty check of all of them) before each count
        long sameKind = em.createQuery("""
                select count(x) from Dispute x where x.compound.id = :compound and x.category.id = :category
                  and x.registeredAt >= :since and x.registeredAt <= :until and x.id <= :upTo""",
                Long.class)
                .setParameter("compound", d.getCompound().getId()).setParameter("category", d.getCategory().getId())
                .setParameter("since", since).setParameter("until", until).setParameter("upTo", upTo)
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT).getSingleResult();
        if (sameKind >= REPEAT_THRESHOLD) {
            return new Repeat(SupervisionNotices.text("supervision.reason.repeatKind", Long.toString(sameKind),
                    d.getCategory().getName()), Supervision.complaintsKey(d.getCompound().getId(),
                    d.getCategory().getId()), (int) sameKind);
        }
        if (d.getCallerPhoneKey() == null) {
            return null;
        }
        long byCaller = em.createQuery("""
                        select count(x) from Dispute x where x.callerPhoneKey = :phone and x.registeredAt >= :since
                          and x.registeredAt <= :until and x.id <= :upTo""", Long.class)
                .setParameter("phone", d.getCallerPhoneKey()).setParameter("since", since).setParameter("until", until)
                .setParameter("upTo", upTo).setFlushMode(jakarta.persistence.FlushModeType.COMMIT).getSingleResult()
                + em.createQuery("""
                        select count(c) from DisputeContact c where c.callerPhoneKey = :phone and c.at >= :since
                          and c.at <= :until and c.splitTo is null""", Long.class)
                .setParameter("phone", d.getCallerPhoneKey()).setParameter("since", since).setParameter("until", until)
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT).getSingleResult();
        return byCaller >= REPEAT_THRESHOLD ? new Repeat(SupervisionNotices.text("supervision.reason.repeatCaller",
                Long.toString(byCaller)), Supervision.openKey(Supervision.Subject.DISPUTE, d.getId()), (int) byCaller)
                : null;
    }

    /** For the demo data: a supervisor's supervision of an open dispute, as if issued by hand. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void issueAs(Dispute d, String reason, Instant now, String actor) {
        if (!d.isSupervised()) {
            issuing.create(d, new Supervision.Notice(SupervisionLevel.STREET, SupervisionTrigger.MANUAL, reason,
                    SupervisionNotices.text("supervision.instruction.default"), issuing.dueFrom(now), issuing.responsible(d), null, issuing.issuer(d)), now, actor,
                    null);
        }
    }

    /** "disputeId:TRIGGER" of every supervision these disputes have had (a trigger supervises a dispute once). */
    private java.util.Set<String> issuedAlready(List<Long> disputeIds) {
        java.util.Set<String> issued = new java.util.HashSet<>();
        ofIds(em.createQuery("select s.disputeId, s.trigger from Supervision s where s.disputeId"
                + idCondition(disputeIds), Object[].class), disputeIds)
                // read before anything is written: no flush, which would dirty-check every loaded dispute first
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT).getResultList()
                .forEach(r -> issued.add(r[0] + ":" + ((SupervisionTrigger) r[1]).name()));
        return issued;
    }

    /**
     * "= :id" for a single dispute, "in :ids" for a batch: Hibernate keeps the translation of a
     * query without a list parameter, but translates one with a list again on every execution
     * (a third of intake supervision's CPU when every registration used the list form).
     */
    private static String idCondition(List<Long> ids) {
        return ids.size() == 1 ? " = :id" : " in :ids";
    }

    private static <T> TypedQuery<T> ofIds(TypedQuery<T> query, List<Long> ids) {
        return ids.size() == 1 ? query.setParameter("id", ids.getFirst()) : query.setParameter("ids", ids);
    }

    /** The quarterly listing's 挂牌督办 of a compound; a carried-over listing keeps its open supervision. */
    @Transactional(propagation = Propagation.MANDATORY)
    void listed(CompoundListing listing, Compound compound, String reason, Instant now) {
        Supervision open = supervisions.findByOpenKey(Supervision.openKey(Supervision.Subject.COMPOUND, compound.getId()))
                .orElse(null);
        if (open != null) {
            if (open.getLevel() != SupervisionLevel.LISTED) {
                open.raise(SupervisionLevel.LISTED);
                issuing.step(open, SupervisionStep.RAISED, reason, null, now, SYSTEM, null);
            }
            open.followListing(listing.getId());
            return;
        }
        long responsible = organisations.servingCompound(compound, Tier.COMMUNITY).getId();
        Supervision s = issuing.create(compound, null, new Supervision.Notice(SupervisionLevel.LISTED,
                SupervisionTrigger.QUARTERLY_LISTING, reason, SupervisionNotices.text("supervision.instruction.listing"),
                issuing.dueFrom(now), responsible, null, issuing.issuerOf(listing.getDistrictId())), now, SYSTEM, null);
        s.followListing(listing.getId());
    }
}
