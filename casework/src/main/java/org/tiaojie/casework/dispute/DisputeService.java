package org.tiaojie.casework.dispute;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.account.Role;
import org.tiaojie.casework.calendar.CalendarService;
import org.tiaojie.casework.category.CategoryService;
import org.tiaojie.casework.category.DisputeCategory;
import org.tiaojie.casework.deadline.ClockKind;
import org.tiaojie.casework.deadline.DeadlineCalculator;
import org.tiaojie.casework.deadline.DeadlinePolicy;
import org.tiaojie.casework.deadline.DeadlinePolicyService;
import org.tiaojie.casework.organisation.Organisation;
import org.tiaojie.casework.organisation.OrganisationService;
import org.tiaojie.casework.organisation.Tier;
import org.tiaojie.casework.place.Compound;
import org.tiaojie.casework.place.PlaceService;
import org.tiaojie.casework.shared.CaseworkConfiguration;
import org.tiaojie.casework.shared.CaseworkException;

/** Registers disputes: routes them to a tier and organisation, numbers them and starts the tier clock. */
@Service
public class DisputeService {

    private static final ZoneId ZONE = CaseworkConfiguration.ZONE;

    private final DisputeRepository disputes;
    private final CaseNumberAllocator numbers;
    private final CategoryService categories;
    private final PlaceService places;
    private final OrganisationService organisations;
    private final CalendarService calendar;
    private final RoutingService routing;
    private final Clock clock;

    private final DisputeQueryService queries;
    private final TransactionTemplate transactions;
    private final ClockRules rules;
    private final ApplicationEventPublisher events;
    private final org.tiaojie.casework.audit.AuditService audit;
    private final org.tiaojie.casework.notification.NotificationService notifications;

    DisputeService(DisputeRepository disputes, CaseNumberAllocator numbers, CategoryService categories,
            PlaceService places, OrganisationService organisations, CalendarService calendar, RoutingService routing,
            Clock clock, DisputeQueryService queries, PlatformTransactionManager transactionManager,
            DeadlinePolicyService policies, ApplicationEventPublisher events,
            org.tiaojie.casework.notification.NotificationService notifications,
            org.tiaojie.casework.audit.AuditService audit) {
        this.audit = audit;
        this.events = events;
        this.notifications = notifications;
        this.queries = queries;
        this.transactions = new TransactionTemplate(transactionManager);
        this.rules = new ClockRules() {
            @Override
            public DeadlinePolicy.Terms terms(ClockKind kind, Channel channel, Tier tier, boolean urgent) {
                return policies.termsFor(kind, channel.name(), tier, urgent);
            }

            @Override
            public DeadlinePolicy.Terms terms(ClockKind kind, Channel channel, EntrustmentStage stage, Tier tier,
                    boolean urgent) {
                return policies.termsFor(kind, stage == null ? channel.name() : stage.policyChannel(channel), tier,
                        urgent);
            }

            @Override
            public DeadlineCalculator calculator() {
                return new DeadlineCalculator(calendar.calendar());
            }
        };
        this.disputes = disputes;
        this.numbers = numbers;
        this.categories = categories;
        this.places = places;
        this.organisations = organisations;
        this.calendar = calendar;
        this.routing = routing;
        this.clock = clock;
    }

    /**
     * Registers a dispute entered by the logged-in operator or mediator and returns its id. With an
     * external reference (12345 order, petition number) this is idempotent: sending the same
     * reference again, even concurrently, returns the dispute registered the first time.
     */
    @PreAuthorize("hasAnyRole('OPERATOR','MEDIATOR','ADMIN')")
    public long register(NewDispute input) {
        return register(input, null);
    }

    /**
     * Registers like {@link #register(NewDispute)} and runs {@code alsoDo} on the new dispute in
     * the same transaction (a petition's scanned letter), so that either both are stored or
     * neither. A repeated external reference returns the first dispute and does not run it again.
     */
    @PreAuthorize("hasAnyRole('OPERATOR','MEDIATOR','ADMIN')")
    public long register(NewDispute input, CaseWork<?> alsoDo) {
        return registerOnce(input, alsoDo).id();
    }

    /** A registration's outcome: the dispute, and whether this call created it or found it registered before. */
    public record Registration(long id, boolean created) {
    }

    /**
     * Registers like {@link #register(NewDispute, CaseWork)} and says whether the dispute is new:
     * a repeated external reference, also one racing this call, finds the first registration.
     */
    @PreAuthorize("hasAnyRole('OPERATOR','MEDIATOR','ADMIN')")
    public Registration registerOnce(NewDispute input, CaseWork<?> alsoDo) {
        String actor = CurrentUser.require().username();
        Instant now = Instant.now(clock);
        if (input.externalRef() == null) {
            return new Registration(transactions.execute(status -> registerThen(input, actor, now, alsoDo)), true);
        }
        try {
            // one transaction: a reference registered before is found, a new one registered
            return transactions.execute(status -> {
                Long existing = findByExternalRef(input.channel(), input.externalRef());
                return existing != null ? new Registration(existing, false)
                        : new Registration(registerThen(input, actor, now, alsoDo), true);
            });
        } catch (DataIntegrityViolationException e) {
            // another request registered the same reference first: theirs is the dispute
            Long winner = transactions.execute(status -> findByExternalRef(input.channel(), input.externalRef()));
            if (winner == null) {
                throw e;
            }
            return new Registration(winner, false);
        }
    }

    private long registerThen(NewDispute input, String actor, Instant now, CaseWork<?> alsoDo) {
        Dispute saved = registerAs(input, actor, now);
        if (alsoDo != null) {
            alsoDo.apply(saved, now, actor);
            disputes.flush();
            saved.domainEvents().forEach(events::publishEvent);
            saved.eventsPublished();
        }
        return saved.getId();
    }

    private Long findByExternalRef(Channel channel, String externalRef) {
        return disputes.findIdByChannelAndExternalRef(channel, externalRef).orElse(null);
    }

    /** What a command does to the aggregate, given the time and the acting user. */
    @FunctionalInterface
    interface Command {
        void apply(Dispute dispute, Instant now, String actor);
    }

    /**
     * Work of another casework feature (a session record, an agreement, a return visit) on one
     * dispute: it may change the aggregate and save records of its own, and returns what the
     * caller needs (usually the id of what it saved).
     */
    @FunctionalInterface
    public interface CaseWork<T> {
        T apply(Dispute dispute, Instant now, String actor);
    }

    /**
     * Runs a feature's work on a dispute the user's organisation handles, with the same row lock,
     * version check and conflict message as the lifecycle commands. Every such change moves the
     * dispute's version on, so two people recording on one case cannot overwrite each other.
     */
    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public <T> T work(long id, long expectedVersion, CaseWork<T> work) {
        return performWork(id, expectedVersion, work);
    }

    /**
     * A supervisor's decision on a dispute inside their jurisdiction (it is not their
     * organisation's case, and they decide on a request rather than on what a screen showed, so
     * there is no version to compare); the row is locked the same way.
     */
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    public <T> T supervise(long id, CaseWork<T> work) {
        return locked(id, d -> { }, work);
    }

    /**
     * A court clerk's step on a dispute referred to their court (签收, 退回补正, 立案, 结果); a
     * dispute referred elsewhere is refused as if it did not exist.
     */
    @PreAuthorize("hasRole('COURT_CLERK')")
    public <T> T atCourt(long id, CaseWork<T> work) {
        long court = CurrentUser.require().organisationId();
        return locked(id, d -> {
            if (d.getCourt() == null || d.getCourt().getId() != court) {
                throw new AccessDeniedException("dispute " + id + " was not referred to this court");
            }
        }, work);
    }

    /** Work under the dispute's row lock, for a user allowed to see it, with its events published. */
    private <T> T locked(long id, java.util.function.Consumer<Dispute> check, CaseWork<T> work) {
        var user = CurrentUser.require();
        queries.find(id);
        return transactions.execute(status -> {
            Dispute d = disputes.findForUpdate(id).orElseThrow(() -> new CaseworkException("dispute.notFound"));
            check.accept(d);
            T result = work.apply(d, Instant.now(clock), user.username());
            disputes.flush();
            publish(d, user.username());
            return result;
        });
    }

    /**
     * Publishes what the work did: its events (the registry keeps them for after-commit delivery;
     * {@link DisputeAudit} records each) and, in the audit log, each note it took on the case file
     * (sessions, records, evidence, visits, court steps).
     */
    private void publish(Dispute d, String actor) {
        d.domainEvents().forEach(events::publishEvent);
        for (DisputeHistoryEntry note : d.notesTaken()) {
            audit.record(actor, note.getActivity().name(), d.getId(), note.getReason());
        }
        d.eventsPublished();
    }

    /**
     * Runs a command on a dispute of the user's own organisation. {@code expectedVersion} is the
     * version the user's screen showed: when someone else changed the dispute since, the command is
     * refused with who changed it and when, and nothing is lost. The row is locked for the short
     * transaction, so concurrent commands queue up rather than deadlock.
     */
    private void perform(long id, long expectedVersion, Command command) {
        performWork(id, expectedVersion, (d, now, actor) -> {
            command.apply(d, now, actor);
            return null;
        });
    }

    private <T> T performWork(long id, long expectedVersion, CaseWork<T> work) {
        var user = CurrentUser.require();
        queries.find(id); // jurisdiction: refused and logged outside the user's area
        try {
            return transactions.execute(status -> {
                Dispute d = disputes.findForUpdate(id).orElseThrow(() -> new CaseworkException("dispute.notFound"));
                if (d.getOrganisation() == null || d.getOrganisation().getId() != user.organisationId()) {
                    if (!user.has(Role.ADMIN)) {
                        throw new AccessDeniedException(
                                "dispute " + id + " is handled by another organisation");
                    }
                }
                if (d.getVersion() != expectedVersion) {
                    throw stale(d);
                }
                T result = work.apply(d, Instant.now(clock), user.username());
                disputes.flush();
                publish(d, user.username());
                return result;
            });
        } catch (ObjectOptimisticLockingFailureException e) {
            throw transactions.execute(status -> stale(disputes.findById(id).orElseThrow()));
        }
    }

    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void accept(long id, long version) {
        perform(id, version, (d, now, actor) -> d.accept(rules, now, actor));
    }

    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void reject(long id, long version, String reason) {
        perform(id, version, (d, now, actor) -> d.reject(reason, now, actor));
    }

    /** 不予受理 on a ground (one party refuses mediation: 人民调解法 Art. 17) with what the applicant is told. */
    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void reject(long id, long version, RejectionGround ground, String detail) {
        perform(id, version, (d, now, actor) -> d.reject(ground, detail, now, actor));
    }

    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void transferOut(long id, long version, String department, String reason) {
        perform(id, version, (d, now, actor) -> d.transferOut(department, reason, now, actor));
    }

    /** 退单 and re-dispatch to another organisation. */
    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void returnAndRedispatch(long id, long version, long toOrganisationId, String reason) {
        perform(id, version, (d, now, actor) ->
                d.returnAndRedispatch(organisations.require(toOrganisationId), reason, now, actor));
    }

    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void startMediation(long id, long version) {
        perform(id, version, (d, now, actor) -> d.startMediation(now, actor));
    }

    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void suspend(long id, long version, String reason) {
        perform(id, version, (d, now, actor) -> d.suspend(reason, now, actor));
    }

    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void resume(long id, long version, String reason) {
        perform(id, version, (d, now, actor) -> d.resume(rules, now, actor, reason));
    }

    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void agree(long id, long version) {
        perform(id, version, (d, now, actor) -> d.agree(rules, now, actor));
    }

    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void fail(long id, long version, String reason) {
        perform(id, version, (d, now, actor) -> d.fail(reason, now, actor));
    }

    /** Up one tier, to the organisation of that tier serving the dispute's compound. */
    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void escalate(long id, long version, String reason) {
        perform(id, version, (d, now, actor) -> {
            Tier next = d.getTier() == null ? null : d.getTier().next();
            if (next == null) {
                throw new CaseworkException("dispute.escalate.noTier");
            }
            d.escalate(organisations.servingCompound(d.getCompound(), next), reason, now, actor);
        });
    }

    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void close(long id, long version, ClosureType type, String reason) {
        perform(id, version, (d, now, actor) -> {
            d.close(type, reason, rules, now, actor);
            if (d.getChannel() == Channel.COURT_ENTRUSTED && d.getCourt() != null) {
                // the entrusting court hears the result (委派调解结果反馈)
                notifications.notify(notifications.clerksOf(d.getCourt().getId()), "entrustment.result",
                        java.util.List.of(d.getCaseNumber(), "@enum.ClosureType." + type.name(),
                                reason == null ? "" : reason.strip()), d.getId(), now);
            }
        });
    }

    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void archive(long id, long version) {
        perform(id, version, (d, now, actor) -> d.archive(now, actor));
    }

    /**
     * 并单: a further call or petition about an open dispute inside the user's jurisdiction is kept
     * as a contact of that dispute instead of a new case.
     */
    @PreAuthorize("hasAnyRole('OPERATOR','MEDIATOR','ADMIN')")
    public void mergeContact(long id, Channel contactChannel, String externalRef, String callerName, String callerPhone,
            String content) {
        var user = CurrentUser.require();
        queries.find(id);
        transactions.executeWithoutResult(status -> {
            Dispute d = disputes.findForUpdate(id).orElseThrow(() -> new CaseworkException("dispute.notFound"));
            Instant now = Instant.now(clock);
            d.addContact(contactChannel, externalRef, callerName, callerPhone, content, now, user.username());
            disputes.flush();
            d.domainEvents().forEach(events::publishEvent);
            d.eventsPublished();
            events.publishEvent(new IntakeReview(List.of(id), false, now));
        });
    }

    /** Records that two disputes of the user's jurisdiction repeat or relate to each other. */
    @PreAuthorize("hasAnyRole('OPERATOR','MEDIATOR','ADMIN')")
    public void link(long id, long relatedId, DisputeLink.Kind kind, String reason) {
        var user = CurrentUser.require();
        queries.find(id);
        queries.find(relatedId);
        transactions.executeWithoutResult(status -> {
            Dispute d = disputes.findForUpdate(id).orElseThrow(() -> new CaseworkException("dispute.notFound"));
            Dispute other = disputes.findById(relatedId).orElseThrow(() -> new CaseworkException("dispute.notFound"));
            d.linkTo(other, kind, reason, Instant.now(clock), user.username());
        });
    }

    private static CaseworkException stale(Dispute d) {
        String when = d.getLastModifiedAt() == null ? "?"
                : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                        .format(d.getLastModifiedAt().atZone(ZONE));
        return new CaseworkException("dispute.stale", d.getLastModifiedBy(), when);
    }

    /** Registration for trusted callers inside casework (demo data, imports) with an explicit actor and time. */
    @Transactional
    public Dispute registerAs(NewDispute input, String actor, Instant now) {
        DisputeCategory category = categories.require(input.categoryId());
        Compound compound = places.compound(input.compoundId());
        Tier tier = startTier(input, category);
        OrganisationService.Serving org = organisations.serving(compound, tier);
        int year = now.atZone(ZONE).getYear();
        long seq = numbers.next(org.id(), year);
        Dispute dispute = new Dispute(CaseNumberAllocator.format(year, org.casePrefix(), seq), input, category,
                compound, organisations.reference(org.id()), tier, rules, now, actor);
        for (PartyDetails party : input.parties()) {
            dispute.addParty(party, now, actor);
        }
        Dispute saved = disputes.save(dispute);
        events.publishEvent(new IntakeReview(List.of(saved.getId()), true, now));
        return saved;
    }

    /**
     * Registers a batch (the rows of an import file) in the caller's transaction, as {@link
     * #registerAs} would one by one and in the same order: the compounds are read in one
     * statement (the serving organisations are kept in memory), and each organisation's case
     * numbers taken as one consecutive range; the rows are written together when the transaction
     * flushes.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Dispute> registerAllAs(List<NewDispute> inputs, String actor, Instant now) {
        Map<Long, Compound> compounds = places.compounds(inputs.stream().map(NewDispute::compoundId).distinct().toList());
        List<DisputeCategory> categoryOf = new ArrayList<>(inputs.size());
        List<OrganisationService.Serving> organisationOf = new ArrayList<>(inputs.size());
        List<Tier> tierOf = new ArrayList<>(inputs.size());
        Map<Long, Integer> perOrganisation = new LinkedHashMap<>();
        for (NewDispute input : inputs) {
            DisputeCategory category = categories.require(input.categoryId());
            Compound compound = compounds.get(input.compoundId());
            if (compound == null) {
                throw new CaseworkException("place.notFound");
            }
            Tier tier = startTier(input, category);
            OrganisationService.Serving org = organisations.serving(compound, tier);
            categoryOf.add(category);
            organisationOf.add(org);
            tierOf.add(tier);
            perOrganisation.merge(org.id(), 1, Integer::sum);
        }
        int year = now.atZone(ZONE).getYear();
        Map<Long, Long> nextNumber = new HashMap<>();
        perOrganisation.forEach((org, count) -> nextNumber.put(org, numbers.reserve(org, year, count)));
        List<Dispute> registered = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            NewDispute input = inputs.get(i);
            OrganisationService.Serving org = organisationOf.get(i);
            long seq = nextNumber.merge(org.id(), 1L, Long::sum) - 1;
            Dispute dispute = new Dispute(CaseNumberAllocator.format(year, org.casePrefix(), seq), input,
                    categoryOf.get(i), compounds.get(input.compoundId()), organisations.reference(org.id()),
                    tierOf.get(i), rules, now, actor);
            for (PartyDetails party : input.parties()) {
                dispute.addParty(party, now, actor);
            }
            registered.add(disputes.save(dispute));
        }
        events.publishEvent(new IntakeReview(registered.stream().map(Dispute::getId).toList(), true, now));
        return registered;
    }

    /** docs/DOMAIN.md: community by default; street for groups, large amounts and some categories; district above. */
    Tier startTier(NewDispute input, DisputeCategory category) {
        return routing.current().startTier(input, category);
    }

    /** The clock rules (policies and calendar) for trusted casework callers such as the demo data. */
    public ClockRules rules() {
        return rules;
    }

}
