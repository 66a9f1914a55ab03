package org.tiaojie.casework.dispute;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.account.AuthenticatedUser;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.audit.AuditService;
import org.tiaojie.casework.calendar.CalendarService;
import org.tiaojie.casework.deadline.ClockState;
import org.tiaojie.casework.deadline.DeadlineCalculator;
import org.tiaojie.casework.organisation.AreaScope;
import org.tiaojie.casework.party.IdCardNumber;
import org.tiaojie.casework.party.PhoneNumber;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.shared.DataCipher;

/**
 * Reads disputes for the logged-in user, always inside their jurisdiction: a community sees
 * its community, a street its street, a district its district, a court what was referred to it.
 * Lists page in the database and never count what they do not show. The name lookups are
 * left joins (the foreign keys are never null) so that MySQL and MariaDB always read the
 * dispute index first, in queue order, whatever the statistics of the small tables say.
 */
@Service
public class DisputeQueryService {

    /** How far beyond an oldest-first key a keyset page first looks; a newest-first one, from an hour to sixteen weeks. */
    private static final Duration KEYSET_WINDOW = Duration.ofDays(7);
    private static final Duration KEYSET_MIN_WINDOW = Duration.ofHours(1);
    private static final Duration KEYSET_MAX_WINDOW = Duration.ofDays(112);

    private static final Logger LOG = LoggerFactory.getLogger(DisputeQueryService.class);

    /** What a list row reads; the name lookups are left joins, so the dispute index is read first. */
    private static final String ROWS = DisputeRow.SELECT;

    /*
     * The lists and their counters (page, count, countByState) read without a transaction of their
     * own (SUPPORTS): one statement, or two, each consistent by itself, in autocommit. A read-only
     * transaction added three round trips (autocommit off, commit, autocommit on) to pages whose
     * statement costs about a millisecond (docs/benchmarks/city-scale.md, queues).
     */
    private final EntityManager em;
    private final CalendarService calendar;
    private final Clock clock;
    private final AuditService audit;
    private final DataCipher cipher;

    DisputeQueryService(EntityManager em, CalendarService calendar, Clock clock, AuditService audit,
            DataCipher cipher) {
        this.audit = audit;
        this.cipher = cipher;
        this.em = em;
        this.calendar = calendar;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<DisputeRow> page(DisputeFilter filter, DisputeSort sort, int offset, int limit) {
        AuthenticatedUser user = CurrentUser.require();
        if (searching(filter)) {
            return rowsInOrder(user, DisputeSearch.ids(em, user, filter, offset, Math.min(Math.max(limit, 1), 500)));
        }
        Map<String, Object> params = new HashMap<>();
        String where = where(user, filter, params);
        TypedQuery<DisputeRow> query = em.createQuery(
                ROWS + where + " order by " + (sort == null ? DisputeSort.DUE_DATE_ASC : sort).jpql, DisputeRow.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(Math.max(offset, 0)).setMaxResults(Math.min(Math.max(limit, 1), 500)).getResultList();
    }

    /**
     * A page, read after {@code previous} — the row just before {@code offset}, which a caller that
     * pages forward already has — by its position in the sort order (keyset paging): page 1,000
     * reads 50 index entries, not 50,000. Without it, and for full-text searches (paged by the
     * index), the page is read by offset.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<DisputeRow> page(DisputeFilter filter, DisputeSort sort, int offset, int limit, DisputeRow previous) {
        if (previous == null || offset <= 0 || searching(filter)) {
            return page(filter, sort, offset, limit);
        }
        AuthenticatedUser user = CurrentUser.require();
        DisputeSort order = sort == null ? DisputeSort.DUE_DATE_ASC : sort;
        Map<String, Object> params = new HashMap<>();
        String where = where(user, filter, params) + switch (order) {
            // each an OR of two ranges of the order's index: read as a range from the key (MariaDB may still
            // walk a whole district's newest-first index from its top: docs/benchmarks/city-scale.md)
            case DUE_DATE_ASC -> " and (d.queueDue > :key or (d.queueDue = :key and d.id > :keyId))";
            case REGISTERED_DESC -> " and (d.registeredAt < :key or (d.registeredAt = :key and d.id < :keyId))";
            case REGISTERED_ASC -> " and (d.registeredAt > :key or (d.registeredAt = :key and d.id > :keyId))";
            case CASE_NUMBER_ASC -> " and d.caseNumber > :key";
            case CASE_NUMBER_DESC -> " and d.caseNumber < :key";
        };
        switch (order) {
            case DUE_DATE_ASC -> {
                params.put("key", previous.dueDate() == null ? Dispute.NO_DUE : previous.dueDate());
                params.put("keyId", previous.id());
            }
            case REGISTERED_DESC, REGISTERED_ASC -> {
                params.put("key", previous.registeredAt());
                params.put("keyId", previous.id());
            }
            case CASE_NUMBER_ASC, CASE_NUMBER_DESC -> params.put("key", previous.caseNumber());
        }
        int max = Math.min(Math.max(limit, 1), 500);
        if (order == DisputeSort.REGISTERED_DESC || order == DisputeSort.REGISTERED_ASC) {
            // MariaDB reads a whole district's newest-first index from its top for a key deep in it (ref access on
            // the district, the key only as a filter: 50,000 entries for page 1,000) because it prices the range
            // from the key to the district's end without the limit. A range also bounded on its far side is
            // priced small and read from the key. The first bound is where the page should end at the density of
            // the rows before the key (twice that far; newest first: offset rows since the key's time), then
            // sixteen times as far, then none.
            boolean newestFirst = order == DisputeSort.REGISTERED_DESC;
            Instant key = previous.registeredAt();
            Duration window = newestFirst ? spanAbove(key, offset, max) : KEYSET_WINDOW;
            String bounded = where + (newestFirst ? " and d.registeredAt >= :edge" : " and d.registeredAt <= :edge");
            for (int probe = 0; probe < 2; probe++, window = window.multipliedBy(16)) {
                params.put("edge", newestFirst ? key.minus(window) : key.plus(window));
                List<DisputeRow> rows = rows(bounded, order, params, max);
                if (rows.size() >= max) {
                    return rows;
                }
            }
            params.remove("edge");
        }
        return rows(where, order, params, max);
    }

    /**
     * Twice the time a newest-first page of {@code max} rows should span at the density of the
     * {@code offset} rows registered since {@code key}: at least an hour, at most sixteen weeks.
     */
    private Duration spanAbove(Instant key, int offset, int max) {
        Duration since = Duration.between(key, Instant.now(clock));
        Duration span = since.isNegative() ? KEYSET_MIN_WINDOW : since.multipliedBy(2L * max).dividedBy(offset);
        if (span.compareTo(KEYSET_MIN_WINDOW) < 0) {
            return KEYSET_MIN_WINDOW;
        }
        return span.compareTo(KEYSET_MAX_WINDOW) > 0 ? KEYSET_MAX_WINDOW : span;
    }

    private List<DisputeRow> rows(String where, DisputeSort order, Map<String, Object> params, int max) {
        TypedQuery<DisputeRow> query = em.createQuery(ROWS + where + " order by " + order.jpql, DisputeRow.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(max).getResultList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public long count(DisputeFilter filter) {
        AuthenticatedUser user = CurrentUser.require();
        if (searching(filter)) {
            return DisputeSearch.count(em, user, filter);
        }
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(d) from Dispute d " + where(user, filter, params), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** How many disputes are in each state, for the counters above a list. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Map<DisputeState, Long> countByState(DisputeFilter filter) {
        AuthenticatedUser user = CurrentUser.require();
        if (searching(filter)) {
            return DisputeSearch.countByState(em, user, filter);
        }
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Object[]> query = em.createQuery(
                "select d.state, count(d) from Dispute d " + where(user, filter, params) + " group by d.state",
                Object[].class);
        params.forEach(query::setParameter);
        Map<DisputeState, Long> result = new EnumMap<>(DisputeState.class);
        query.getResultList().forEach(r -> result.put((DisputeState) r[0], (Long) r[1]));
        return result;
    }

    /**
     * The disputes of one caller inside the user's jurisdiction, newest first: those they
     * registered and those they called about again (并单). {@code phone} is compared as stored
     * (normalised by {@code PhoneNumber}), by its blind index: the number itself is kept encrypted.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DisputeRow> byCaller(String phone, int limit) {
        AuthenticatedUser user = CurrentUser.require();
        if (phone == null || phone.isBlank()) {
            return List.of();
        }
        String key = cipher.index(phone);
        List<Long> merged = em.createQuery(
                "select k.dispute.id from DisputeContact k where k.callerPhoneKey = :phone order by k.at desc", Long.class)
                .setParameter("phone", key).setMaxResults(200).getResultList();
        Map<String, Object> params = new HashMap<>();
        String where = where(user, DisputeFilter.all(), params) + (merged.isEmpty() ? " and d.callerPhoneKey = :phone"
                : " and (d.callerPhoneKey = :phone or d.id in :merged)");
        params.put("phone", key);
        if (!merged.isEmpty()) {
            params.put("merged", merged);
        }
        TypedQuery<DisputeRow> query = em.createQuery(ROWS + where + " order by d.registeredAt desc, d.id desc",
                DisputeRow.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(Math.min(Math.max(limit, 1), 200)).getResultList();
    }

    /**
     * What intake compares a new call with: description, caller phone and category of the given
     * disputes, those outside the user's jurisdiction left out.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, Summary> summaries(java.util.Collection<Long> ids) {
        AuthenticatedUser user = CurrentUser.require();
        if (ids == null || ids.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> params = new HashMap<>();
        String where = where(user, DisputeFilter.all(), params) + " and d.id in :ids";
        params.put("ids", ids);
        TypedQuery<Object[]> query = em.createQuery(
                "select d.id, d.description, d.callerPhone, d.category.id, d.callerName from Dispute d " + where,
                Object[].class);
        params.forEach(query::setParameter);
        Map<Long, Summary> result = new HashMap<>();
        query.getResultList().forEach(r -> result.put((Long) r[0],
                new Summary((String) r[1], (String) r[2], (Long) r[3], (String) r[4])));
        return result;
    }

    /** The dispute registered under a channel's external reference, if the user's jurisdiction holds it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Optional<Long> idByExternalRef(Channel channel, String externalRef) {
        AuthenticatedUser user = CurrentUser.require();
        Map<String, Object> params = new HashMap<>();
        String where = where(user, DisputeFilter.all(), params) + " and d.channel = :channel and d.externalRef = :ref";
        params.put("channel", channel);
        params.put("ref", externalRef);
        TypedQuery<Long> query = em.createQuery("select d.id from Dispute d " + where, Long.class);
        params.forEach(query::setParameter);
        return query.getResultList().stream().findFirst();
    }

    /** A dispute's text and caller, for comparing calls. */
    public record Summary(String description, String callerPhone, long categoryId, String callerName) {
    }

    /**
     * A list with words to look for goes to the full-text index; without, to the database. So does a search for a
     * phone or ID number: the index holds neither, the database compares it by its blind index.
     */
    private boolean searching(DisputeFilter filter) {
        return filter.text() != null && !filter.text().isBlank() && personKey(filter) == null;
    }

    /** The blind index of a search text that is a phone number or an ID number as stored (normalised); else null. */
    private String personKey(DisputeFilter filter) {
        String text = filter.text() == null ? "" : filter.text().strip();
        if (text.isEmpty() || text.length() > 20) {
            return null;
        }
        try {
            return cipher.index(PhoneNumber.of(text).value());
        } catch (CaseworkException notAPhone) {
            try {
                return cipher.index(IdCardNumber.of(text).value());
            } catch (CaseworkException notAnId) {
                return null;
            }
        }
    }

    /** The rows of the given disputes (all inside the jurisdiction, found by the index) in the index's order. */
    private List<DisputeRow> rowsInOrder(AuthenticatedUser user, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        String where = where(user, DisputeFilter.all(), params) + " and d.id in :ids";
        params.put("ids", ids);
        TypedQuery<DisputeRow> query = em.createQuery(ROWS + where, DisputeRow.class);
        params.forEach(query::setParameter);
        Map<Long, DisputeRow> byId = new HashMap<>();
        query.getResultList().forEach(r -> byId.put(r.id(), r));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** One dispute by id; refused (and logged) when it lies outside the user's jurisdiction. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public DisputeRow find(long id) {
        AuthenticatedUser user = CurrentUser.require();
        Map<String, Object> params = new HashMap<>();
        String where = where(user, DisputeFilter.all(), params) + " and d.id = :id";
        params.put("id", id);
        TypedQuery<DisputeRow> query = em.createQuery(ROWS + where, DisputeRow.class);
        params.forEach(query::setParameter);
        List<DisputeRow> rows = query.getResultList();
        if (rows.isEmpty()) {
            LOG.warn("refused: user {} asked for dispute {} outside their jurisdiction {}", user.username(), id,
                    user.jurisdiction());
            // kept although the caller's transaction rolls back: guessing ids must leave a trace
            audit.recordAlone(user.username(), AuditService.ACCESS_DENIED, id, "dispute " + id);
            throw new AccessDeniedException("dispute " + id + " is outside the user's jurisdiction");
        }
        return rows.getFirst();
    }

    /** Every clock of a dispute in the user's jurisdiction, running ones first, with its status now. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ClockView> clocks(long id) {
        find(id);
        var calc = new DeadlineCalculator(calendar.calendar());
        Instant now = Instant.now(clock);
        return em.createQuery("select c from DisputeClock c where c.dispute.id = :id order by c.startedAt, c.id",
                        DisputeClock.class).setParameter("id", id).getResultList().stream()
                .map(c -> new ClockView(c.getKind(), c.getTier(), c.getStartedAt(), c.getDueAt(), c.getState(),
                        c.status(now, calc), c.getExtensionsUsed(), c.getUnit(),
                        c.getState() != ClockState.STOPPED && c.isProvisional(calc)))
                .sorted(Comparator.comparing((ClockView v) -> v.state() != ClockState.RUNNING)
                        .thenComparing(ClockView::dueAt))
                .toList();
    }

    private String where(AuthenticatedUser user, DisputeFilter filter, Map<String, Object> params) {
        AreaScope.Condition area = user.area().disputes("d");
        StringBuilder sb = new StringBuilder(" where ").append(area.text());
        area.into(params);
        if (filter.ownOrganisationOnly()) {
            sb.append(" and d.organisationId = :org");
            params.put("org", user.organisationId());
        }
        if (filter.handledByMe()) {
            // 我承办的: assigned to the user in the organisation that handles the case now
            sb.append(" and exists (select 1 from DisputeHandler h where h.disputeId = d.id and h.userId = :me"
                    + " and h.organisationId = d.organisationId)");
            params.put("me", user.userId());
        }
        if (filter.states() != null && filter.states().equals(DisputeState.openStates())) {
            sb.append(" and d.open = true"); // indexed with the queue order
        } else if (filter.states() != null && !filter.states().isEmpty()) {
            sb.append(" and d.state in :states");
            params.put("states", filter.states());
        }
        if (filter.channels() != null && !filter.channels().isEmpty()) {
            sb.append(" and d.channel in :channels");
            params.put("channels", filter.channels());
        }
        if (filter.supervisedOnly()) {
            sb.append(" and d.supervised = true");
        }
        // on the queue's day (the due day, or 9999-12-31 for none), the index's third column: after the
        // area and is_open, a due range is read as a range of the index, not by visiting every open row
        if (filter.dueBefore() != null) {
            sb.append(" and d.queueDue < :dueBefore");
            params.put("dueBefore", filter.dueBefore());
        }
        if (filter.dueFrom() != null) {
            sb.append(" and d.queueDue >= :dueFrom");
            params.put("dueFrom", filter.dueFrom());
            if (filter.dueBefore() == null) {
                sb.append(" and d.queueDue < :noDue");
                params.put("noDue", Dispute.NO_DUE);
            }
        }
        if (filter.warnCut() != null) {
            sb.append(filter.warnCut().passed() ? " and d.dueWarnAt <= :warnCut" : " and d.dueWarnAt > :warnCut");
            params.put("warnCut", filter.warnCut().at());
        }
        if (filter.tier() != null) {
            sb.append(" and d.tier = :tier");
            params.put("tier", filter.tier());
        }
        if (filter.categoryId() != null) {
            // the category and its children, looked up first (a small table) and compared with the dispute's
            // own column: joined or as a subquery, MariaDB started from the categories and left the queue index
            sb.append(" and d.categoryId in :categories");
            List<Long> categories = em.createQuery("select k.id from DisputeCategory k where k.id = :category"
                    + " or k.parent.id = :category", Long.class).setParameter("category", filter.categoryId())
                    .getResultList();
            params.put("categories", categories.isEmpty() ? List.of(filter.categoryId()) : categories);
        }
        if (filter.urgentOnly()) {
            sb.append(" and d.urgent = true");
        }
        if (filter.compoundId() != null) {
            sb.append(" and d.compound.id = :compound");
            params.put("compound", filter.compoundId());
        }
        for (DisputeFlag flag : filter.flags()) {
            sb.append(switch (flag) {
                case GROUP -> " and d.groupDispute = true";
                case LEADER_INSTRUCTION -> " and d.leaderInstruction = true";
                case PUBLIC_OPINION -> " and d.publicOpinion = true";
            });
        }
        if (filter.registeredSince() != null) {
            sb.append(" and d.registeredAt >= :since");
            params.put("since", filter.registeredSince());
        }
        String person = personKey(filter);
        if (person != null) {
            // the caller, a further call (并单) or a party, by phone or ID number
            sb.append(" and (d.callerPhoneKey = :person"
                    + " or exists (select 1 from DisputeContact k where k.dispute = d and k.callerPhoneKey = :person)"
                    + " or exists (select 1 from DisputeParty p where p.dispute = d"
                    + " and (p.phoneKey = :person or p.idNumberKey = :person)))");
            params.put("person", person);
        }
        return sb.toString();
    }
}
