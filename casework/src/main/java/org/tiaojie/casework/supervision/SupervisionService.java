package org.tiaojie.casework.supervision;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.account.AuthenticatedUser;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.calendar.CalendarService;
import org.tiaojie.casework.dispute.Dispute;
import org.tiaojie.casework.dispute.DisputeActivity;
import org.tiaojie.casework.dispute.DisputeEvent;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.casework.dispute.DisputeService;
import org.tiaojie.casework.dispute.OverdueDisputes;
import org.tiaojie.casework.notification.NotificationService;
import org.tiaojie.casework.organisation.Organisation;
import org.tiaojie.casework.organisation.OrganisationKind;
import org.tiaojie.casework.organisation.OrganisationOption;
import org.tiaojie.casework.organisation.OrganisationService;
import org.tiaojie.casework.organisation.Tier;
import org.tiaojie.casework.place.Compound;
import org.tiaojie.casework.place.PlaceService;
import org.tiaojie.casework.shared.CaseworkConfiguration;
import org.tiaojie.casework.shared.CounterRows;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.shared.CaseworkMessages;
import org.tiaojie.casework.shared.Fields;

/**
 * 督办 (docs/DOMAIN.md, Supervision). A supervisor issues it on a dispute or a compound of their area
 * with level, reason, instruction, due date, the responsible organisation and its 包保 leader; the
 * triggers issue it by themselves: a missed deadline whose policy supervises (from the sweep),
 * 领导批示, 重大舆情 and group disputes at intake, repeat complaints (same compound and category, or
 * one caller, three times within 30 days), and each quarter's listing. The
 * responsible organisation reports progress and reports it done; a supervisor verifies — passed,
 * or failed with a new due date (重新督办) — and delists (验收销号). A subject has at most one
 * open supervision (a unique key in the database, whichever node issues it); a higher level
 * raises the open one instead.
 */
@Service
public class SupervisionService {

    /** What a supervisor fills in to issue a supervision. */
    public record IssueForm(SupervisionLevel level, String reason, String instruction, LocalDate dueDate,
            Long responsibleId, String leader) {
    }

    /** Which supervisions a list shows. */
    public record Filter(boolean openOnly, SupervisionLevel level, boolean overdueOnly) {
        public static Filter open() {
            return new Filter(true, null, false);
        }
    }

    static final int REPEAT_THRESHOLD = 3;
    static final int REPEAT_WINDOW_DAYS = 30;

    private static final CounterRows COUNTER = new CounterRows("supervision_counter", "district_id", "notice_year");

    private final EntityManager em;
    private final SupervisionRepository supervisions;
    private final SupervisionEventRepository steps;
    private final ListingRepository listings;
    private final DisputeService disputes;
    private final DisputeQueryService queries;
    private final PlaceService places;
    private final OrganisationService organisations;
    private final NotificationService notifications;
    private final CalendarService calendar;
    private final Clock clock;
    private final int replyDays;

    SupervisionService(EntityManager em, SupervisionRepository supervisions, SupervisionEventRepository steps,
            ListingRepository listings, DisputeService disputes, DisputeQueryService queries, PlaceService places,
            OrganisationService organisations, NotificationService notifications, CalendarService calendar,
            Clock clock, @Value("${tiaojie.supervision.reply-working-days:5}") int replyDays) {
        this.em = em;
        this.supervisions = supervisions;
        this.steps = steps;
        this.listings = listings;
        this.disputes = disputes;
        this.queries = queries;
        this.places = places;
        this.organisations = organisations;
        this.notifications = notifications;
        this.calendar = calendar;
        this.clock = clock;
        this.replyDays = replyDays;
    }

    // ---------------------------------------------------------------- by hand

    /** 督办 on a dispute of the supervisor's area; an open one of a lower level is raised instead. */
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    public long issueOnDispute(long disputeId, IssueForm form) {
        AuthenticatedUser user = CurrentUser.require();
        return disputes.supervise(disputeId, (d, now, actor) -> {
            if (!d.getState().isOpen()) {
                throw new CaseworkException("supervision.closedDispute");
            }
            Supervision.Notice notice = notice(form, SupervisionTrigger.MANUAL, user.organisationName(), now);
            Supervision open = supervisions.findByOpenKey(Supervision.openKey(Supervision.Subject.DISPUTE, d.getId()))
                    .orElse(null);
            if (open != null) {
                open.raise(notice);
                step(open, SupervisionStep.RAISED, notice.reason(), null, now, actor, user.organisationName());
                d.note(DisputeActivity.SUPERVISION_ISSUED, label(open.getLevel()) + "：" + notice.reason(), now, actor);
                return open.getId();
            }
            Supervision s = create(d, notice, now, actor, user.organisationName());
            return s.getId();
        });
    }

    /** 督办 on a compound of the supervisor's area (e.g. a repeat-complaint hot spot, not one case). */
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Transactional
    public long issueOnCompound(long compoundId, IssueForm form) {
        AuthenticatedUser user = CurrentUser.require();
        Compound compound = places.compound(compoundId);
        if (!user.area().covers(compound)) {
            throw new AccessDeniedException("compound " + compoundId + " is outside the user's area");
        }
        Instant now = Instant.now(clock);
        Supervision.Notice notice = notice(form, SupervisionTrigger.MANUAL, user.organisationName(), now);
        Supervision open = supervisions.findByOpenKey(Supervision.openKey(Supervision.Subject.COMPOUND, compoundId))
                .orElse(null);
        if (open != null) {
            open.raise(notice);
            step(open, SupervisionStep.RAISED, notice.reason(), null, now, user.username(), user.organisationName());
            return open.getId();
        }
        return create(compound, null, notice, now, user.username(), user.organisationName()).getId();
    }

    /** 进展报告 by the responsible organisation; {@code done} reports the matter rectified (报结). */
    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    @Transactional
    public void report(long id, long expectedVersion, String text, boolean done) {
        AuthenticatedUser user = CurrentUser.require();
        Supervision s = supervisions.findById(id).orElseThrow(() -> new CaseworkException("supervision.notFound"));
        if (!user.has(Role.ADMIN) && s.getResponsibleId() != user.organisationId()) {
            throw new AccessDeniedException("supervision " + id + " is another organisation's");
        }
        current(id, expectedVersion);
        String note = Fields.required(text, 1000, "field.progress");
        s.report(done);
        Instant now = Instant.now(clock);
        step(s, done ? SupervisionStep.DONE : SupervisionStep.PROGRESS, note, null, now, user.username(),
                user.organisationName());
        notifications.notify(notifications.supervisorsOver(s.getDistrictId(), s.getStreetId(), s.getCommunityId()),
                done ? "supervision.notify.done" : "supervision.notify.progress",
                List.of(s.getNoticeNumber(), subjectName(s)), s.getDisputeId(), now);
    }

    /** 验收: passed, or failed with what is still wrong and a new due date (重新督办). */
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Transactional
    public void verify(long id, long expectedVersion, boolean passed, String note, LocalDate newDue) {
        AuthenticatedUser user = CurrentUser.require();
        Supervision s = current(inArea(supervisions.findById(id)
                .orElseThrow(() -> new CaseworkException("supervision.notFound")), user).getId(), expectedVersion);
        String text = Fields.required(note, 1000, "field.verification");
        Instant now = Instant.now(clock);
        s.verify(passed, newDue, today(now));
        step(s, passed ? SupervisionStep.VERIFIED : SupervisionStep.RELISTED, text, passed ? null : newDue, now,
                user.username(), user.organisationName());
        if (!passed) {
            notifications.notify(notifications.mediatorsOf(s.getResponsibleId()), "supervision.notify.relisted",
                    List.of(s.getNoticeNumber(), subjectName(s), newDue.toString()), s.getDisputeId(), now);
        }
    }

    /** 销号 after a passed verification; a dispute is no longer marked supervised, a listed compound leaves the list. */
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Transactional
    public void delist(long id, long expectedVersion, String note) {
        AuthenticatedUser user = CurrentUser.require();
        Supervision s = current(inArea(supervisions.findById(id)
                .orElseThrow(() -> new CaseworkException("supervision.notFound")), user).getId(), expectedVersion);
        String text = Fields.required(note, 500, "field.delistNote");
        Instant now = Instant.now(clock);
        close(s, text, now, user.username(), user.organisationName());
    }

    private void close(Supervision s, String text, Instant now, String actor, String organisation) {
        s.delist(now, actor);
        step(s, SupervisionStep.DELISTED, text, null, now, actor, organisation);
        if (s.getDisputeId() != null) {
            Dispute d = em.find(Dispute.class, s.getDisputeId(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            d.markSupervised(false);
            d.note(DisputeActivity.SUPERVISION_DELISTED, s.getNoticeNumber() + "：" + text, now, actor);
        }
        if (s.getListingId() != null) {
            CompoundListing listing = listings.findById(s.getListingId()).orElseThrow();
            if (listing.getState() == CompoundListing.ListingState.LISTED) {
                listing.delist(text, now, actor);
            }
        }
        notifications.notify(notifications.mediatorsOf(s.getResponsibleId()), "supervision.notify.delisted",
                List.of(s.getNoticeNumber(), subjectName(s)), s.getDisputeId(), now);
    }

    /** For the quarterly listing's 验收销号: the compound's listed supervision is verified and delisted with it. */
    @Transactional(propagation = Propagation.MANDATORY)
    void closeListing(CompoundListing listing, String note, Instant now, String actor, String organisation) {
        supervisions.findByOpenKey(Supervision.openKey(Supervision.Subject.COMPOUND, listing.getCompoundId()))
                .filter(s -> listing.getId().equals(s.getListingId()))
                .ifPresent(s -> {
                    if (s.getState() != SupervisionState.VERIFIED) {
                        s.verify(true, null, today(now));
                        step(s, SupervisionStep.VERIFIED, note, null, now, actor, organisation);
                    }
                    s.delist(now, actor);
                    step(s, SupervisionStep.DELISTED, note, null, now, actor, organisation);
                });
    }

    // ---------------------------------------------------------------- the triggers

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
        Batch batch = new Batch();
        todo.stream().collect(java.util.stream.Collectors.groupingBy(o -> o.dispute().getDistrictId(),
                java.util.stream.Collectors.counting())).forEach((district, n) -> batch.reserve(district, n, event.at()));
        LocalDate due = dueFrom(event.at());
        String instruction = text("supervision.instruction.default");
        for (OverdueDisputes.Overdue o : todo) {
            Dispute d = o.dispute();
            SupervisionLevel level = d.getTier() == Tier.COMMUNITY ? SupervisionLevel.STREET : SupervisionLevel.DISTRICT;
            String reason = text("supervision.reason.overdue", "@enum.ClockKind." + o.clock().name(), o.due());
            create(d, new Supervision.Notice(level, SupervisionTrigger.OVERDUE, reason, instruction, due, responsible(d),
                    null, batch.issuers.computeIfAbsent(d.getDistrictId(), this::issuerOf)), event.at(), SYSTEM, null,
                    batch);
        }
    }

    /** What issuing many supervisions in one transaction shares. */
    private final class Batch {
        final Map<Long, NotificationService.Audience> audiences = new HashMap<>();
        final Map<Long, String> issuers = new HashMap<>();
        /** Per district: the next reserved number and the last. */
        final Map<Long, long[]> numbers = new HashMap<>();

        void reserve(long district, long count, Instant now) {
            int year = today(now).getYear();
            long first = COUNTER.reserve(em, district, year, count);
            numbers.put(district, new long[] {first, first + count - 1});
        }

        String next(long district, Instant now) {
            long[] range = numbers.get(district);
            if (range == null || range[0] > range[1]) {
                return number(district, now);
            }
            return format(today(now).getYear(), range[0]++);
        }
    }

    /** What intake decided for a dispute: the notice it is owed. */
    record IntakeNotice(long disputeId, long districtId, long responsibleId, SupervisionTrigger trigger,
            SupervisionLevel level, String reason) {
    }

    /**
     * At intake and on each merged call ({@link IntakeSupervision}, after the registrations have
     * committed): 领导批示, 重大舆情, group disputes and repeat complaints. Reads only, without locks:
     * the notices the disputes are owed, in their order. The disputes and their earlier notices are
     * read in one statement each.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<IntakeNotice> owedAtIntake(List<Long> disputeIds, boolean registered, Instant at) {
        Map<Long, Dispute> found = new HashMap<>();
        // with the category: a repeat complaint's reason names it
        ofIds(em.createQuery("select d from Dispute d join fetch d.category where d.id" + idCondition(disputeIds),
                Dispute.class), disputeIds).getResultList().forEach(d -> found.put(d.getId(), d));
        java.util.Set<String> issued = issuedAlready(disputeIds);
        List<IntakeNotice> owed = new ArrayList<>();
        for (long id : disputeIds) {
            Dispute d = found.get(id);
            if (d == null || !d.getState().isOpen() || d.isSupervised()) {
                continue;
            }
            SupervisionTrigger trigger;
            SupervisionLevel level;
            String reason;
            if (registered && d.isLeaderInstruction()) {
                trigger = SupervisionTrigger.LEADER_INSTRUCTION;
                level = SupervisionLevel.DISTRICT;
                reason = text("supervision.reason.leader");
            } else if (registered && d.isPublicOpinion()) {
                trigger = SupervisionTrigger.PUBLIC_OPINION;
                level = SupervisionLevel.DISTRICT;
                reason = text("supervision.reason.opinion");
            } else if (registered && d.isGroupDispute()) {
                trigger = SupervisionTrigger.GROUP_DISPUTE;
                level = SupervisionLevel.STREET;
                reason = text("supervision.reason.group", Integer.toString(d.getPartyCount()));
            } else {
                trigger = SupervisionTrigger.REPEAT_COMPLAINTS;
                level = SupervisionLevel.STREET;
                reason = repeats(d, registered, at);
            }
            if (reason != null && !issued.contains(id + ":" + trigger.name())) {
                owed.add(new IntakeNotice(id, d.getDistrictId(), responsible(d), trigger, level, reason));
            }
        }
        return owed;
    }

    /**
     * The next notice numbers of each district ({@code count} of them), in a transaction of its own
     * that holds the counters' rows only for its own short commit: per district the first and the
     * last. A notice that a concurrent change then makes unnecessary leaves its number unused.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Map<Long, long[]> reserveNoticeNumbers(Map<Long, Integer> countByDistrict, Instant at) {
        Batch batch = new Batch();
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
        Batch batch = new Batch();
        // the audiences and issuers are read first, while the session is empty: each of those queries
        // would otherwise flush (dirty-check) the locked disputes and the notices written so far
        for (IntakeNotice notice : notices) {
            batch.audiences.computeIfAbsent(notice.responsibleId(), notifications::mediatorsOf);
            batch.issuers.computeIfAbsent(notice.districtId(), this::issuerOf);
        }
        Map<Long, Dispute> locked = new HashMap<>();
        ofIds(em.createQuery("select d from Dispute d where d.id" + idCondition(ids) + " order by d.id", Dispute.class),
                ids).setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultList().forEach(d -> locked.put(d.getId(), d));
        java.util.Set<String> issued = issuedAlready(ids);
        numbers.forEach((district, range) -> batch.numbers.put(district, range.clone()));
        int count = 0;
        for (IntakeNotice notice : notices) {
            Dispute d = locked.get(notice.disputeId());
            if (d == null || !d.getState().isOpen() || d.isSupervised()
                    || !issued.add(notice.disputeId() + ":" + notice.trigger().name())) {
                continue;
            }
            create(d, new Supervision.Notice(notice.level(), notice.trigger(), notice.reason(),
                    text("supervision.instruction.default"), dueFrom(at), responsible(d), null,
                    batch.issuers.computeIfAbsent(d.getDistrictId(), this::issuerOf)), at, SYSTEM, null, batch);
            count++;
        }
        return count;
    }

    /**
     * Same compound and category, or the same caller, three times within 30 days (counted from the
     * indexes): the reason, or null. A registration counts the disputes registered up to and
     * including itself (the third complaint is supervised, not the two before it, however late the
     * decision runs or however many rows of one import batch share its time); a merged call counts
     * up to the call.
     */
    private String repeats(Dispute d, boolean registered, Instant now) {
        Instant until = registered ? d.getRegisteredAt() : now;
        long upTo = registered ? d.getId() : Long.MAX_VALUE;
        Instant since = until.minus(java.time.Duration.ofDays(REPEAT_WINDOW_DAYS));
        // the batch's disputes are only read here: no flush (a dirty check of all of them) before each count
        long sameKind = em.createQuery("""
                select count(x) from Dispute x where x.compound.id = :compound and x.category.id = :category
                  and x.registeredAt >= :since and (x.registeredAt < :until or (x.registeredAt = :until and x.id <= :upTo))""",
                Long.class)
                .setParameter("compound", d.getCompound().getId()).setParameter("category", d.getCategory().getId())
                .setParameter("since", since).setParameter("until", until).setParameter("upTo", upTo)
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT).getSingleResult();
        if (sameKind >= REPEAT_THRESHOLD) {
            return text("supervision.reason.repeatKind", Long.toString(sameKind), d.getCategory().getName());
        }
        if (d.getCallerPhone() == null) {
            return null;
        }
        long byCaller = em.createQuery("""
                        select count(x) from Dispute x where x.callerPhone = :phone and x.registeredAt >= :since
                          and (x.registeredAt < :until or (x.registeredAt = :until and x.id <= :upTo))""", Long.class)
                .setParameter("phone", d.getCallerPhone()).setParameter("since", since).setParameter("until", until)
                .setParameter("upTo", upTo).setFlushMode(jakarta.persistence.FlushModeType.COMMIT).getSingleResult()
                + em.createQuery("""
                        select count(c) from DisputeContact c where c.callerPhone = :phone and c.at >= :since
                          and c.at <= :until""", Long.class)
                .setParameter("phone", d.getCallerPhone()).setParameter("since", since).setParameter("until", until)
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT).getSingleResult();
        return byCaller >= REPEAT_THRESHOLD ? text("supervision.reason.repeatCaller", Long.toString(byCaller)) : null;
    }

    /** For the demo data: a supervisor's supervision of an open dispute, as if issued by hand. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void issueAs(Dispute d, String reason, Instant now, String actor) {
        if (!d.isSupervised()) {
            create(d, new Supervision.Notice(SupervisionLevel.STREET, SupervisionTrigger.MANUAL, reason,
                    text("supervision.instruction.default"), dueFrom(now), responsible(d), null, issuer(d)), now, actor,
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
                step(open, SupervisionStep.RAISED, reason, null, now, SYSTEM, null);
            }
            open.followListing(listing.getId());
            return;
        }
        long responsible = organisations.servingCompound(compound, Tier.COMMUNITY).getId();
        Supervision s = create(compound, null, new Supervision.Notice(SupervisionLevel.LISTED,
                SupervisionTrigger.QUARTERLY_LISTING, reason, text("supervision.instruction.listing"),
                dueFrom(now), responsible, null, issuerOf(listing.getDistrictId())), now, SYSTEM, null);
        s.followListing(listing.getId());
    }

    static final String SYSTEM = "system";

    // ---------------------------------------------------------------- reading

    /** Supervisions a user follows: a supervisor's area, or those a mediator's organisation answers for. Newest due first. */
    @PreAuthorize("hasAnyRole('SUPERVISOR','MEDIATOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<SupervisionRow> list(Filter filter, int offset, int limit) {
        StringBuilder where = new StringBuilder();
        TypedQuery<SupervisionRow> q = em.createQuery(SELECT_ROW + where(filter, where) + " order by s.dueDate, s.id",
                SupervisionRow.class);
        bind(q, filter);
        return q.setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, Math.min(limit, 500))).getResultList();
    }

    @PreAuthorize("hasAnyRole('SUPERVISOR','MEDIATOR','ADMIN')")
    @Transactional(readOnly = true)
    public long count(Filter filter) {
        StringBuilder where = new StringBuilder();
        TypedQuery<Long> q = em.createQuery("select count(s) from Supervision s" + where(filter, where), Long.class);
        bind(q, filter);
        return q.getSingleResult();
    }

    /** One supervision, for those who may see it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public SupervisionRow find(long id) {
        List<SupervisionRow> rows = em.createQuery(SELECT_ROW + " where s.id = :id", SupervisionRow.class)
                .setParameter("id", id).getResultList();
        Supervision s = supervisions.findById(id).orElse(null);
        if (rows.isEmpty() || s == null || !visible(s, CurrentUser.require())) {
            throw new AccessDeniedException("supervision " + id + " is not the user's");
        }
        return rows.getFirst();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SupervisionEventRow> steps(long id) {
        find(id);
        return supervisions.events(id).stream().map(SupervisionEvent::row).toList();
    }

    /** A dispute's supervisions, oldest first, for anyone who may see the dispute. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SupervisionRow> forDispute(long disputeId) {
        queries.find(disputeId);
        return em.createQuery(SELECT_ROW + " where s.disputeId = :id order by s.issuedAt, s.id", SupervisionRow.class)
                .setParameter("id", disputeId).getResultList();
    }

    /** The organisations that can answer for a supervision at a compound: its mediation bodies of each tier. */
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<OrganisationOption> responsibleOptions(long compoundId) {
        Compound compound = places.compound(compoundId);
        List<OrganisationOption> options = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            try {
                Organisation o = organisations.servingCompound(compound, tier);
                options.add(new OrganisationOption(o.getId(), o.getName(), o.getKind()));
            } catch (CaseworkException none) {
                // no organisation of that tier serves the compound
            }
        }
        return options;
    }

    /** The organisations that can answer for a dispute's supervision: the one handling it first. */
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<OrganisationOption> responsibleOptionsForDispute(long disputeId) {
        queries.find(disputeId);
        Dispute d = em.find(Dispute.class, disputeId);
        List<OrganisationOption> options = new ArrayList<>(responsibleOptions(d.getCompound().getId()));
        if (d.getOrganisation() != null) {
            Organisation o = d.getOrganisation();
            options.removeIf(x -> x.id() == o.getId());
            options.addFirst(new OrganisationOption(o.getId(), o.getName(), o.getKind()));
        }
        return options;
    }

    /** The default due date of a new supervision: five working days (configurable) from today. */
    public LocalDate defaultDue() {
        return dueFrom(Instant.now(clock));
    }

    private static final String SELECT_ROW = """
            select new org.tiaojie.casework.supervision.SupervisionRow(s.id, s.noticeNumber, s.subject, s.disputeId,
                d.caseNumber, s.compoundId, c.name, s.level, s.trigger, s.reason, s.instruction, s.dueDate,
                s.responsibleId, o.name, s.leader, s.issuerName, s.state, s.relisted, s.issuedAt, s.issuedBy,
                s.closedAt, s.version)
            from Supervision s join Compound c on c.id = s.compoundId join Organisation o on o.id = s.responsibleId
            left join Dispute d on d.id = s.disputeId""";

    private static String where(Filter filter, StringBuilder sb) {
        AuthenticatedUser user = CurrentUser.require();
        if (user.has(Role.SUPERVISOR) || user.has(Role.ADMIN)) {
            sb.append(" where ").append(user.area().placed("s", "supervisions"));
        } else {
            sb.append(" where s.responsibleId = :responsible");
        }
        if (filter.openOnly()) {
            sb.append(" and s.state <> org.tiaojie.casework.supervision.SupervisionState.DELISTED");
        }
        if (filter.level() != null) {
            sb.append(" and s.level = :level");
        }
        if (filter.overdueOnly()) {
            sb.append(" and s.state = org.tiaojie.casework.supervision.SupervisionState.ISSUED and s.dueDate < :today");
        }
        return sb.toString();
    }

    private void bind(TypedQuery<?> q, Filter filter) {
        AuthenticatedUser user = CurrentUser.require();
        if (user.has(Role.SUPERVISOR) || user.has(Role.ADMIN)) {
            user.area().placed("s", "supervisions").bind(q);
        } else {
            q.setParameter("responsible", user.organisationId());
        }
        if (filter.level() != null) {
            q.setParameter("level", filter.level());
        }
        if (filter.overdueOnly()) {
            q.setParameter("today", today(Instant.now(clock)));
        }
    }

    // ---------------------------------------------------------------- helpers

    private Supervision.Notice notice(IssueForm form, SupervisionTrigger trigger, String issuer, Instant now) {
        SupervisionLevel level = Fields.present(form.level(), "field.supervisionLevel");
        String reason = Fields.required(form.reason(), 500, "field.supervisionReason");
        String instruction = Fields.required(form.instruction(), 1000, "field.supervisionInstruction");
        LocalDate due = Fields.present(form.dueDate(), "field.supervisionDue");
        if (!due.isAfter(today(now))) {
            throw new CaseworkException("supervision.due.future");
        }
        long responsible = Fields.present(form.responsibleId(), "field.responsible");
        Organisation o = organisations.require(responsible);
        if (!o.getKind().mediates()) {
            throw new CaseworkException("supervision.responsible.mediates");
        }
        return new Supervision.Notice(level, trigger, reason, instruction, due, responsible,
                Fields.optional(form.leader(), 50, "field.leader"), issuer);
    }

    private Supervision create(Dispute d, Supervision.Notice notice, Instant now, String actor, String organisation) {
        return create(d, notice, now, actor, organisation, null);
    }

    private Supervision create(Dispute d, Supervision.Notice notice, Instant now, String actor, String organisation,
            Batch batch) {
        Supervision s = create(d.getCompound(), d, notice, now, actor, organisation, batch);
        d.markSupervised(true);
        d.note(DisputeActivity.SUPERVISION_ISSUED, s.getNoticeNumber() + " " + label(notice.level()) + "："
                + notice.reason(), now, actor);
        return s;
    }

    private Supervision create(Compound compound, Dispute d, Supervision.Notice notice, Instant now, String actor,
            String organisation) {
        return create(compound, d, notice, now, actor, organisation, null);
    }

    private Supervision create(Compound compound, Dispute d, Supervision.Notice notice, Instant now, String actor,
            String organisation, Batch batch) {
        long district = d != null ? d.getDistrictId() : compound.getCommunity().getStreet().getDistrict().getId();
        long street = d != null ? d.getStreetId() : compound.getCommunity().getStreet().getId();
        long community = d != null ? d.getCommunityId() : compound.getCommunity().getId();
        String number = batch == null ? number(district, now) : batch.next(district, now);
        Supervision s = supervisions.save(new Supervision(number, d == null
                ? Supervision.Subject.COMPOUND : Supervision.Subject.DISPUTE, d == null ? null : d.getId(),
                compound.getId(), district, street, community, notice, now, actor));
        step(s, SupervisionStep.ISSUED, notice.instruction(), notice.dueDate(), now, actor, organisation);
        NotificationService.Audience audience = batch == null ? notifications.mediatorsOf(notice.responsibleId())
                : batch.audiences.computeIfAbsent(notice.responsibleId(), notifications::mediatorsOf);
        notifications.notify(audience, "supervision.notify.issued",
                List.of(s.getNoticeNumber(), d == null ? compound.getName() : d.getCaseNumber(),
                        "@enum.SupervisionLevel." + notice.level().name(), notice.dueDate().toString()),
                d == null ? null : d.getId(), now);
        return s;
    }

    /** 督办〔2026〕第00012号 style numbers, per district and year, handed out under the counter row's lock. */
    private String number(long district, Instant now) {
        int year = today(now).getYear();
        long n = COUNTER.reserve(em, district, year, 1);
        return format(year, n);
    }

    private static String format(int year, long n) {
        return "（" + year + "）督字第" + String.format("%05d", n) + "号";
    }

    private void step(Supervision s, SupervisionStep kind, String note, LocalDate due, Instant at, String actor,
            String organisation) {
        steps.save(new SupervisionEvent(s.getId(), kind, note, due, at, actor, organisation));
    }

    private Supervision current(long id, long expectedVersion) {
        Supervision s = supervisions.findById(id).orElseThrow(() -> new CaseworkException("supervision.notFound"));
        if (s.getVersion() != expectedVersion) {
            throw new CaseworkException("supervision.stale");
        }
        return s;
    }

    private static Supervision inArea(Supervision s, AuthenticatedUser user) {
        if (!user.area().covers(s.getDistrictId(), s.getStreetId(), s.getCommunityId())) {
            throw new AccessDeniedException("supervision " + s.getId() + " is outside the user's area");
        }
        return s;
    }

    private static boolean visible(Supervision s, AuthenticatedUser user) {
        if (user.has(Role.SUPERVISOR) || user.has(Role.ADMIN)) {
            return user.area().covers(s.getDistrictId(), s.getStreetId(), s.getCommunityId());
        }
        return user.has(Role.MEDIATOR) && s.getResponsibleId() == user.organisationId();
    }

    private LocalDate today(Instant now) {
        return now.atZone(CaseworkConfiguration.ZONE).toLocalDate();
    }

    private LocalDate dueFrom(Instant now) {
        return calendar.calendar().addWorkingDays(today(now), replyDays);
    }

    /** The organisation handling the dispute, or its compound's community room when none does. */
    private long responsible(Dispute d) {
        return d.getOrganisation() != null ? d.getOrganisation().getId()
                : organisations.servingCompound(d.getCompound(), Tier.COMMUNITY).getId();
    }

    /** The district's supervision office names an automatic notice; failing one, the platform does. */
    private String issuer(Dispute d) {
        return issuerOf(d.getDistrictId());
    }

    private String issuerOf(long district) {
        return em.createQuery("select o.name from Organisation o where o.kind = :kind and o.district.id = :district"
                        + " and o.active = true order by o.id", String.class)
                .setParameter("kind", OrganisationKind.SUPERVISION_OFFICE).setParameter("district", district)
                .setMaxResults(1).getResultStream().findFirst().orElseGet(() -> text("supervision.issuer.platform"));
    }

    private String subjectName(Supervision s) {
        if (s.getDisputeId() != null) {
            return em.find(Dispute.class, s.getDisputeId()).getCaseNumber();
        }
        return places.compound(s.getCompoundId()).getName();
    }

    private static String label(SupervisionLevel level) {
        return CaseworkMessages.label(Locale.SIMPLIFIED_CHINESE, level);
    }

    /** Texts kept in the record are written in Chinese, whoever's screen started the work. */
    private static String text(String key, String... args) {
        return CaseworkMessages.render(Locale.SIMPLIFIED_CHINESE, key, (Object[]) args);
    }

}
