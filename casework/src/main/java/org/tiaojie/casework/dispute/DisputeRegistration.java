package org.tiaojie.casework.dispute;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.category.CategoryService;
import org.tiaojie.casework.category.DisputeCategory;
import org.tiaojie.casework.organisation.OrganisationService;
import org.tiaojie.casework.organisation.Tier;
import org.tiaojie.casework.place.Compound;
import org.tiaojie.casework.place.PlaceService;
import org.tiaojie.casework.shared.CaseworkConfiguration;
import org.tiaojie.casework.shared.CaseworkException;

/**
 * Registers disputes: routes each to its starting tier and organisation (docs/DOMAIN.md, "Routing
 * and escalation"), numbers it, starts its clocks and publishes it for intake's review (repeats,
 * supervision). A repeated external reference registers nothing new.
 */
@Service
public class DisputeRegistration {

    private static final ZoneId ZONE = CaseworkConfiguration.ZONE;

    private final DisputeRepository disputes;
    private final CaseNumberAllocator numbers;
    private final CategoryService categories;
    private final PlaceService places;
    private final OrganisationService organisations;
    private final RoutingService routing;
    private final ClockRules rules;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DisputeRegistration(DisputeRepository disputes, CaseNumberAllocator numbers, CategoryService categories,
            PlaceService places, OrganisationService organisations, RoutingService routing, PolicyClockRules rules,
            ApplicationEventPublisher events, PlatformTransactionManager transactionManager, Clock clock) {
        this.disputes = disputes;
        this.numbers = numbers;
        this.categories = categories;
        this.places = places;
        this.organisations = organisations;
        this.routing = routing;
        this.rules = rules;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
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
    public long register(NewDispute input, DisputeService.CaseWork<?> alsoDo) {
        return registerOnce(input, alsoDo).id();
    }

    /** A registration's outcome: the dispute, and whether this call created it or found it registered before. */
    public record Registration(long id, boolean created) {
    }

    /**
     * Registers like {@link #register(NewDispute, DisputeService.CaseWork)} and says whether the dispute is new:
     * a repeated external reference, also one racing this call, finds the first registration.
     */
    @PreAuthorize("hasAnyRole('OPERATOR','MEDIATOR','ADMIN')")
    public Registration registerOnce(NewDispute input, DisputeService.CaseWork<?> alsoDo) {
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

    private long registerThen(NewDispute input, String actor, Instant now, DisputeService.CaseWork<?> alsoDo) {
        Dispute saved = registerAs(input, actor, now);
        if (alsoDo != null) {
            // the dispute's row first, through the repository: a number registered meanwhile fails here, translated
            // like the commit's failure, before the work that follows refers to the row
            disputes.flush();
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

    /** Registration for trusted callers inside casework (demo data, imports) with an explicit actor and time. */
    @Transactional
    public Dispute registerAs(NewDispute input, String actor, Instant now) {
        DisputeCategory category = categories.require(input.categoryId());
        Compound compound = places.compound(input.compoundId());
        Tier tier = startTier(input, category);
        OrganisationService.Serving org = organisations.serving(compound, tier);
        // an order the platform sent later is registered when the citizen called: its clocks, its number's year
        Instant at = input.platform().registeredAt(now);
        int year = at.atZone(ZONE).getYear();
        long seq = numbers.next(org.id(), year);
        Dispute saved = disputes.save(build(CaseNumberAllocator.format(year, org.casePrefix(), seq), input, category,
                compound, org, tier, actor, at));
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
        for (NewDispute input : inputs) {
            DisputeCategory category = categories.require(input.categoryId());
            Tier tier = startTier(input, category);
            categoryOf.add(category);
            organisationOf.add(organisations.serving(compound(compounds, input), tier));
            tierOf.add(tier);
        }
        List<String> caseNumbers = caseNumbers(organisationOf,
                inputs.stream().map(input -> input.platform().registeredAt(now)).toList());
        List<Dispute> registered = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            NewDispute input = inputs.get(i);
            registered.add(disputes.save(build(caseNumbers.get(i), input, categoryOf.get(i),
                    compounds.get(input.compoundId()), organisationOf.get(i), tierOf.get(i), actor,
                    input.platform().registeredAt(now))));
        }
        events.publishEvent(new IntakeReview(registered.stream().map(Dispute::getId).toList(), true, now));
        return registered;
    }

    /**
     * Brings in cases finished in an earlier system (历史案件导入), in the caller's transaction: each with a case number
     * of the year it was registered, at the organisation that serves its compound at the tier it would start at today,
     * closed as it ended ({@link Dispute#finished}); no clock starts and no intake review follows.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Dispute> registerFinishedAs(List<FinishedDispute> inputs, String actor, Instant now) {
        Map<Long, Compound> compounds = places.compounds(inputs.stream().map(f -> f.dispute().compoundId()).distinct()
                .toList());
        List<OrganisationService.Serving> organisationOf = new ArrayList<>(inputs.size());
        List<Tier> tierOf = new ArrayList<>(inputs.size());
        for (FinishedDispute f : inputs) {
            Tier tier = startTier(f.dispute(), categories.require(f.dispute().categoryId()));
            organisationOf.add(organisations.serving(compound(compounds, f.dispute()), tier));
            tierOf.add(tier);
        }
        List<String> caseNumbers = caseNumbers(organisationOf,
                inputs.stream().map(f -> f.dispute().platform().calledAt()).toList());
        List<Dispute> saved = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            FinishedDispute f = inputs.get(i);
            saved.add(disputes.save(Dispute.finished(caseNumbers.get(i), f, categories.require(f.dispute()
                    .categoryId()), compounds.get(f.dispute().compoundId()),
                    organisations.reference(organisationOf.get(i).id()), tierOf.get(i), rules, now, actor)));
        }
        return saved;
    }

    private static Compound compound(Map<Long, Compound> compounds, NewDispute input) {
        Compound compound = compounds.get(input.compoundId());
        if (compound == null) {
            throw new CaseworkException("place.notFound");
        }
        return compound;
    }

    /**
     * The case numbers of registrations made together, in their order: each organisation's numbers of a year (that
     * of {@code times}, in Beijing) taken as one consecutive range, the counters taken in key order (no deadlock
     * between two batches).
     */
    private List<String> caseNumbers(List<OrganisationService.Serving> organisationOf, List<Instant> times) {
        Map<NumberRange, Integer> perOrganisation = new java.util.TreeMap<>(java.util.Comparator
                .comparingLong(NumberRange::organisationId).thenComparingInt(NumberRange::year));
        for (int i = 0; i < times.size(); i++) {
            perOrganisation.merge(new NumberRange(organisationOf.get(i).id(), times.get(i).atZone(ZONE).getYear()), 1,
                    Integer::sum);
        }
        Map<NumberRange, Long> nextNumber = new HashMap<>();
        perOrganisation.forEach((range, count) -> nextNumber.put(range,
                numbers.reserve(range.organisationId(), range.year(), count)));
        List<String> result = new ArrayList<>(times.size());
        for (int i = 0; i < times.size(); i++) {
            OrganisationService.Serving org = organisationOf.get(i);
            int year = times.get(i).atZone(ZONE).getYear();
            long seq = nextNumber.merge(new NumberRange(org.id(), year), 1L, Long::sum) - 1;
            result.add(CaseNumberAllocator.format(year, org.casePrefix(), seq));
        }
        return result;
    }

    private record NumberRange(long organisationId, int year) {
    }

    /** docs/DOMAIN.md: community by default; street for groups, large amounts and some categories; district above. */
    Tier startTier(NewDispute input, DisputeCategory category) {
        return routing.current().startTier(input, category);
    }

    private Dispute build(String caseNumber, NewDispute input, DisputeCategory category, Compound compound,
            OrganisationService.Serving org, Tier tier, String actor, Instant now) {
        Dispute dispute = new Dispute(caseNumber, input, category, compound, organisations.reference(org.id()), tier,
                rules, now, actor);
        for (PartyDetails party : input.parties()) {
            dispute.addParty(party, now, actor);
        }
        return dispute;
    }
}
