package org.tiaojie.casework.dispute;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.calendar.CalendarService;
import org.tiaojie.casework.category.CategoryService;
import org.tiaojie.casework.category.DisputeCategory;
import org.tiaojie.casework.organisation.Organisation;
import org.tiaojie.casework.organisation.OrganisationService;
import org.tiaojie.casework.organisation.Tier;
import org.tiaojie.casework.place.Compound;
import org.tiaojie.casework.place.PlaceService;
import org.tiaojie.casework.shared.CaseworkException;

/** Registers disputes: routes them to a tier and organisation, numbers them and starts the tier clock. */
@Service
public class DisputeService {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final DisputeRepository disputes;
    private final CaseNumberAllocator numbers;
    private final CategoryService categories;
    private final PlaceService places;
    private final OrganisationService organisations;
    private final CalendarService calendar;
    private final RoutingPolicy policy;
    private final Clock clock;

    private final DisputeQueryService queries;
    private final TransactionTemplate transactions;

    DisputeService(DisputeRepository disputes, CaseNumberAllocator numbers, CategoryService categories,
            PlaceService places, OrganisationService organisations, CalendarService calendar, RoutingPolicy policy,
            Clock clock, DisputeQueryService queries, PlatformTransactionManager transactionManager) {
        this.queries = queries;
        this.transactions = new TransactionTemplate(transactionManager);
        this.disputes = disputes;
        this.numbers = numbers;
        this.categories = categories;
        this.places = places;
        this.organisations = organisations;
        this.calendar = calendar;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Registers a dispute entered by the logged-in operator or mediator and returns its id. With an
     * external reference (12345 order, petition number) this is idempotent: sending the same
     * reference again, even concurrently, returns the dispute registered the first time.
     */
    @PreAuthorize("hasAnyRole('OPERATOR','MEDIATOR','ADMIN')")
    public long register(NewDispute input) {
        String actor = CurrentUser.require().username();
        Instant now = Instant.now(clock);
        if (input.externalRef() == null) {
            return transactions.execute(status -> registerAs(input, actor, now).getId());
        }
        Long existing = transactions.execute(status -> findByExternalRef(input.channel(), input.externalRef()));
        if (existing != null) {
            return existing;
        }
        try {
            return transactions.execute(status -> registerAs(input, actor, now).getId());
        } catch (DataIntegrityViolationException e) {
            // another request registered the same reference first: theirs is the dispute
            Long winner = transactions.execute(status -> findByExternalRef(input.channel(), input.externalRef()));
            if (winner == null) {
                throw e;
            }
            return winner;
        }
    }

    private Long findByExternalRef(Channel channel, String externalRef) {
        return disputes.findIdByChannelAndExternalRef(channel, externalRef).orElse(null);
    }

    /**
     * Moves a dispute the user may see to another state. {@code expectedVersion} is the version the
     * user's screen showed: when someone else changed the dispute since, the move is refused with
     * who changed it and when, and nothing is lost.
     */
    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public void changeState(long id, long expectedVersion, DisputeState target, String reason) {
        String actor = CurrentUser.require().username();
        queries.find(id); // jurisdiction check, refuses and logs outside the user's area
        try {
            transactions.executeWithoutResult(status -> {
                Dispute d = disputes.findForUpdate(id).orElseThrow(() -> new CaseworkException("dispute.notFound"));
                if (d.getVersion() != expectedVersion) {
                    throw stale(d);
                }
                d.moveTo(target, Instant.now(clock), actor, reason, d.getDueDate());
                disputes.flush();
            });
        } catch (ObjectOptimisticLockingFailureException e) {
            throw transactions.execute(status -> stale(disputes.findById(id).orElseThrow()));
        }
    }

    private static CaseworkException stale(Dispute d) {
        String when = d.getLastModifiedAt() == null ? "?"
                : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                        .format(d.getLastModifiedAt().atZone(ZONE));
        return new CaseworkException("dispute.stale", d.getLastModifiedBy(), when);
    }

    /** Registration for trusted callers inside casework (demo data, imports) with an explicit actor and time. */
    @Transactional
    public Dispute registerAs(NewDispute input, String actor, Instant now) {
        DisputeCategory category = categories.require(input.categoryId());
        Compound compound = places.compound(input.compoundId());
        Tier tier = startTier(input, category);
        Organisation org = organisations.servingCompound(compound, tier);
        int year = now.atZone(ZONE).getYear();
        long seq = numbers.next(org.getId(), year);
        LocalDate today = now.atZone(ZONE).toLocalDate();
        Dispute dispute = new Dispute(CaseNumberAllocator.format(year, org.getCasePrefix(), seq), input.channel(),
                input.externalRef(), category, compound, input.description(), input.amount(), input.partyCount(), org,
                tier, tierDueDate(tier, today), now, actor);
        dispute.setCaller(input.callerName(), input.callerPhone());
        dispute.setFlags(input.leaderInstruction(), input.publicOpinion(), input.urgent());
        for (PartyDetails party : input.parties()) {
            dispute.addParty(party, now, actor);
        }
        return disputes.save(dispute);
    }

    /** DOMAIN.md: community by default; street for groups, large amounts and some categories; district above. */
    Tier startTier(NewDispute input, DisputeCategory category) {
        if (input.partyCount() >= policy.districtPartyCount() || input.leaderInstruction() || input.publicOpinion()) {
            return Tier.DISTRICT;
        }
        Tier categoryTier = category.getStartTier() != null ? category.getStartTier()
                : category.getParent() != null ? category.getParent().getStartTier() : null;
        if (categoryTier == Tier.DISTRICT) {
            return Tier.DISTRICT;
        }
        if (input.partyCount() >= policy.streetPartyCount()
                || (input.amount() != null && input.amount().compareTo(policy.streetAmount()) >= 0)
                || categoryTier == Tier.STREET) {
            return Tier.STREET;
        }
        return Tier.COMMUNITY;
    }

    /** The tier's mediation deadline from a start date. */
    public LocalDate tierDueDate(Tier tier, LocalDate start) {
        return switch (tier) {
            case COMMUNITY -> calendar.calendar().addWorkingDays(start, policy.communityWorkingDays());
            case STREET -> calendar.calendar().addWorkingDays(start, policy.streetWorkingDays());
            case DISTRICT -> calendar.calendar().onOrNextWorkingDay(start.plusDays(policy.districtCalendarDays()));
        };
    }

    /** For trusted casework callers (demo data): the aggregate for a scripted sequence of moves. */
    @Transactional
    public Dispute load(long id) {
        return disputes.findById(id).orElseThrow();
    }
}
