package org.tiaojie.casework.supervision;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.dispute.Channel;
import org.tiaojie.casework.notification.NotificationService;
import org.tiaojie.casework.organisation.AreaScope;
import org.tiaojie.casework.organisation.OrganisationService;
import org.tiaojie.casework.organisation.Tier;
import org.tiaojie.casework.place.Compound;
import org.tiaojie.casework.place.PlaceService;
import org.tiaojie.casework.shared.CaseworkConfiguration;
import org.tiaojie.casework.shared.CaseworkException;

/**
 * 挂牌督办 by quarter (docs/DOMAIN.md, Supervision): when a quarter ends, each district ranks its
 * compounds by the quarter's 12345 and petition complaints (registered disputes and merged
 * contacts, counted in SQL) and lists the first N (administrators set N; ten by default).
 * Listings of the previous quarter that were not delisted (验收销号) are carried into the new one.
 * Listing a quarter twice, or from two nodes at once, lists it once: the setting row is locked
 * while a quarter is listed and a listed quarter is never listed again.
 */
@Service
public class QuarterlyListingService {

    private final org.tiaojie.casework.account.PeopleNames people;

    /** What listing one quarter did. */
    public record Result(LocalDate quarterStart, int listed, int carriedOver, boolean alreadyListed,
            int notifications) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(QuarterlyListingService.class);
    static final List<Channel> COMPLAINT_CHANNELS = java.util.Arrays.stream(Channel.values())
            .filter(c -> c == Channel.HOTLINE_12345 || c.isPetition()).toList();

    private final EntityManager em;
    private final ListingRepository listings;
    private final PlaceService places;
    private final OrganisationService organisations;
    private final NotificationService notifications;
    private final Clock clock;
    private final SupervisionService supervisions;
    private final SupervisionTriggers triggers;

    QuarterlyListingService(EntityManager em, ListingRepository listings, PlaceService places,
            OrganisationService organisations, NotificationService notifications, Clock clock,
            SupervisionService supervisions, SupervisionTriggers triggers, org.tiaojie.casework.account.PeopleNames people) {
        this.people = people;
        this.supervisions = supervisions;
        this.triggers = triggers;
        this.em = em;
        this.listings = listings;
        this.places = places;
        this.organisations = organisations;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The first day of the quarter {@code day} lies in. */
    public static LocalDate quarterStart(LocalDate day) {
        return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }

    /** The quarter that ended last before {@code at} (Beijing time): the one a listing at {@code at} ranks. */
    public static LocalDate quarterEndedBefore(Instant at) {
        return quarterStart(at.atZone(CaseworkConfiguration.ZONE).toLocalDate()).minusMonths(3);
    }

    /** For the job and the demo data: lists the quarter starting {@code quarterStart} in every district. */
    @Transactional
    public Result list(LocalDate quarterStart, Instant now) {
        if (!quarterStart.equals(quarterStart(quarterStart))) {
            throw new IllegalArgumentException("not the first day of a quarter: " + quarterStart);
        }
        // one node at a time: the setting row is the lock; a quarter already listed stays as it is
        int size = ((Number) em.createNativeQuery("select listed_per_quarter from listing_setting where id = 1 for update")
                .getSingleResult()).intValue();
        if (listings.countByQuarterStart(quarterStart) > 0) {
            return new Result(quarterStart, 0, 0, true, 0);
        }
        Instant from = quarterStart.atStartOfDay(CaseworkConfiguration.ZONE).toInstant();
        Instant to = quarterStart.plusMonths(3).atStartOfDay(CaseworkConfiguration.ZONE).toInstant();
        int listed = 0;
        int carried = 0;
        int sent = 0;
        List<Long> districts = em.createQuery("select d.id from District d order by d.id", Long.class).getResultList();
        for (long district : districts) {
            Map<Long, int[]> counts = complaints(district, from, to);
            Map<Long, Integer> ranked = new LinkedHashMap<>();
            counts.entrySet().stream()
                    .sorted(Comparator.<Map.Entry<Long, int[]>>comparingInt(e -> -(e.getValue()[0] + e.getValue()[1]))
                            .thenComparing(Map.Entry::getKey))
                    .limit(size)
                    .forEach(e -> ranked.put(e.getKey(), ranked.size() + 1));
            java.util.Set<Long> carriedOver = new java.util.HashSet<>();
            for (CompoundListing previous : listings.findByQuarterStartAndDistrictIdAndState(
                    quarterStart.minusMonths(3), district, CompoundListing.ListingState.LISTED)) {
                previous.carryOver(now);
                carriedOver.add(previous.getCompoundId());
            }
            List<Long> compounds = new ArrayList<>(ranked.keySet());
            carriedOver.stream().filter(c -> !ranked.containsKey(c)).sorted().forEach(compounds::add);
            for (long compoundId : compounds) {
                Compound compound = places.compound(compoundId);
                int[] c = counts.getOrDefault(compoundId, new int[2]);
                Integer rank = ranked.get(compoundId);
                boolean wasListed = carriedOver.contains(compoundId);
                CompoundListing saved = listings.save(new CompoundListing(quarterStart, district,
                        compound.getCommunity().getStreet().getId(), compound.getCommunity().getId(), compoundId, c[0],
                        c[1], rank, wasListed, now));
                // the 挂牌督办 itself: a new one for a newly ranked compound, the open one follows a carried-over listing
                triggers.listed(saved, compound, rank == null
                        ? org.tiaojie.casework.shared.CaseworkMessages.render(java.util.Locale.SIMPLIFIED_CHINESE,
                                "supervision.reason.carried", year(quarterStart.minusMonths(3)),
                                quarter(quarterStart.minusMonths(3)))
                        : org.tiaojie.casework.shared.CaseworkMessages.render(java.util.Locale.SIMPLIFIED_CHINESE,
                                "supervision.reason.listed", year(quarterStart), quarter(quarterStart),
                                Integer.toString(c[0] + c[1]), rank.toString()), now);
                listed++;
                carried += wasListed ? 1 : 0;
                // the community's mediation room answers for the compound's rectification
                NotificationService.Audience room = notifications.mediatorsOf(
                        organisations.servingCompound(compound, Tier.COMMUNITY).getId());
                sent += notifications.notify(room, rank == null ? "listing.carried" : "listing.listed",
                        List.of(compound.getName(), year(quarterStart), quarter(quarterStart),
                                Integer.toString(c[0] + c[1]), rank == null ? "" : rank.toString()), null, now);
            }
            if (!compounds.isEmpty()) {
                sent += notifications.notify(notifications.supervisorsOver(district, -1, -1), "listing.summary",
                        List.of(year(quarterStart), quarter(quarterStart), Integer.toString(compounds.size()),
                                Integer.toString(ranked.size()), Integer.toString(carriedOver.size())), null, now);
            }
        }
        LOG.info("quarterly listing {}: {} compounds listed, {} carried over, {} notifications", quarterStart, listed,
                carried, sent);
        return new Result(quarterStart, listed, carried, false, sent);
    }

    /** Complaints per compound of the district in [from, to): {12345, petitions}, counted by the database. */
    private Map<Long, int[]> complaints(long district, Instant from, Instant to) {
        Map<Long, int[]> counts = new HashMap<>();
        List<Object[]> registered = em.createQuery("""
                select d.compound.id, d.channel, count(d) from Dispute d
                where d.districtId = :district and d.registeredAt >= :from and d.registeredAt < :to
                  and d.channel in :channels
                group by d.compound.id, d.channel""", Object[].class)
                .setParameter("district", district).setParameter("from", from).setParameter("to", to)
                .setParameter("channels", COMPLAINT_CHANNELS).getResultList();
        List<Object[]> merged = em.createQuery("""
                select d.compound.id, c.channel, count(c) from DisputeContact c join c.dispute d
                where d.districtId = :district and c.at >= :from and c.at < :to and c.channel in :channels
                group by d.compound.id, c.channel""", Object[].class)
                .setParameter("district", district).setParameter("from", from).setParameter("to", to)
                .setParameter("channels", COMPLAINT_CHANNELS).getResultList();
        for (List<Object[]> rows : List.of(registered, merged)) {
            for (Object[] r : rows) {
                int[] c = counts.computeIfAbsent((Long) r[0], k -> new int[2]);
                c[r[1] == Channel.HOTLINE_12345 ? 0 : 1] += ((Number) r[2]).intValue();
            }
        }
        return counts;
    }

    private static String year(LocalDate quarterStart) {
        return Integer.toString(quarterStart.getYear());
    }

    /** 1 to 4. */
    public static String quarter(LocalDate quarterStart) {
        return Integer.toString((quarterStart.getMonthValue() - 1) / 3 + 1);
    }

    /** The quarters with a listing in the user's area, newest first. */
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<LocalDate> quarters() {
        AreaScope.Condition area = CurrentUser.require().area().placed("l", "listings");
        return area.bind(em.createQuery("select distinct l.quarterStart from CompoundListing l where " + area
                + " order by l.quarterStart desc", LocalDate.class)).getResultList();
    }

    /** A quarter's listing in the user's area: ranked compounds first, then those only carried over. */
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<ListingRow> listing(LocalDate quarterStart) {
        AreaScope.Condition area = CurrentUser.require().area().placed("l", "listings");
        return area.bind(em.createQuery("""
                select new org.tiaojie.casework.supervision.ListingRow(l.id, l.quarterStart, l.compoundId, c.name,
                    m.name, s.name, l.complaints, l.hotlineComplaints, l.petitionComplaints, l.ranking, l.carriedOver,
                    l.state, l.closedAt, l.closedBy, l.closingNote, l.version)
                from CompoundListing l, Compound c join c.community m join m.street s
                where c.id = l.compoundId and l.quarterStart = :quarter and\s""" + area + """

                order by case when l.ranking is null then 1 else 0 end, l.ranking, c.name""", ListingRow.class))
                .setParameter("quarter", quarterStart).getResultList().stream().map(r -> r.named(people::name)).toList();
    }

    /** 验收销号 of a listing in the supervisor's area, with what was checked. */
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Transactional
    public void delist(long listingId, long expectedVersion, String note) {
        var user = CurrentUser.require();
        CompoundListing listing = listings.findById(listingId)
                .orElseThrow(() -> new CaseworkException("listing.notFound"));
        if (!user.area().covers(listing.getDistrictId(), listing.getStreetId(), listing.getCommunityId())) {
            throw new AccessDeniedException("listing " + listingId + " is outside the user's area");
        }
        if (listing.getVersion() != expectedVersion) {
            throw new CaseworkException("listing.stale");
        }
        Instant now = Instant.now(clock);
        listing.delist(note, now, user.username());
        supervisions.closeListing(listing, note.strip(), now, user.username(), user.organisationName());
    }

    /** How many compounds each district lists a quarter. */
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Transactional(readOnly = true)
    public int listedPerQuarter() {
        return ((Number) em.createNativeQuery("select listed_per_quarter from listing_setting where id = 1")
                .getSingleResult()).intValue();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setListedPerQuarter(Integer size) {
        if (size == null || size < 1 || size > 100) {
            throw new CaseworkException("listing.size.range", 1, 100);
        }
        em.createNativeQuery("update listing_setting set listed_per_quarter = ?1, version = version + 1 where id = 1")
                .setParameter(1, size).executeUpdate();
    }
}
