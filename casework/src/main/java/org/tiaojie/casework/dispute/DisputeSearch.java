package org.tiaojie.casework.dispute;

import jakarta.persistence.EntityManager;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.tiaojie.casework.account.AuthenticatedUser;

/**
 * Full-text search over the dispute index with the same filters as the database lists, always
 * inside the user's jurisdiction: every word must occur in the description, case number, caller,
 * a party's name or address, or the compound's name or address, as a segmented word or as
 * character pairs; the description holding the words as one phrase ranks first, then newer disputes.
 */
final class DisputeSearch {

    static final String[] TEXT_FIELDS = {"description", "caseNumber", "callerName", "parties.name",
        "parties.address", "compound.name", "compound.address"};
    static final String[] PAIR_FIELDS = java.util.Arrays.stream(TEXT_FIELDS).map(f -> f + "Pairs")
            .toArray(String[]::new);

    private DisputeSearch() {
    }

    static List<Long> ids(EntityManager em, AuthenticatedUser user, DisputeFilter filter, int offset, int limit) {
        return session(em).search(Dispute.class).select(f -> f.id(Long.class))
                .where(f -> predicate(f, user, filter, em))
                .sort(f -> f.score().then().field("registeredAt").desc())
                .fetchHits(Math.max(offset, 0), limit);
    }

    static long count(EntityManager em, AuthenticatedUser user, DisputeFilter filter) {
        return session(em).search(Dispute.class).where(f -> predicate(f, user, filter, em)).fetchTotalHitCount();
    }

    static Map<DisputeState, Long> countByState(EntityManager em, AuthenticatedUser user, DisputeFilter filter) {
        var key = org.hibernate.search.engine.search.aggregation.AggregationKey.<Map<DisputeState, Long>>of("states");
        var result = session(em).search(Dispute.class).where(f -> predicate(f, user, filter, em))
                .aggregation(key, f -> f.terms().field("state", DisputeState.class).maxTermCount(50)).fetch(0);
        Map<DisputeState, Long> counts = new EnumMap<>(DisputeState.class);
        counts.putAll(result.aggregation(key));
        return counts;
    }

    private static SearchSession session(EntityManager em) {
        return Search.session(em);
    }

    private static org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep predicate(
            SearchPredicateFactory f, AuthenticatedUser user, DisputeFilter filter, EntityManager em) {
        String text = filter.text().strip();
        var b = f.bool();
        // every word present, as smartcn segments it or as character pairs (群租 inside 群租房)
        b.must(f.bool().should(f.simpleQueryString().fields(TEXT_FIELDS).matching(text)
                        .defaultOperator(BooleanOperator.AND))
                .should(f.simpleQueryString().fields(PAIR_FIELDS).matching(text).defaultOperator(BooleanOperator.AND)));
        b.should(f.phrase().field("description").matching(text).boost(10));
        b.should(f.phrase().fields("compound.name", "parties.name").matching(text).boost(3));
        b.filter(user.area().disputes(f));
        if (filter.ownOrganisationOnly()) {
            b.filter(f.match().field("organisation.id").matching(user.organisationId()));
        }
        if (filter.states() != null && !filter.states().isEmpty()) {
            b.filter(f.terms().field("state").matchingAny(filter.states()));
        }
        if (filter.channels() != null && !filter.channels().isEmpty()) {
            b.filter(f.terms().field("channel").matchingAny(filter.channels()));
        }
        if (filter.supervisedOnly()) {
            b.filter(f.match().field("supervised").matching(true));
        }
        if (filter.handledByMe()) {
            // 我承办的: the user's few assigned cases, read from the database (the index does not hold assignments)
            List<Long> mine = em.createQuery("select h.disputeId from DisputeHandler h, Dispute d where d.id = h.disputeId"
                    + " and h.userId = :me and h.organisationId = d.organisationId", Long.class)
                    .setParameter("me", user.userId()).getResultList();
            b.filter(mine.isEmpty() ? f.matchNone() : f.id().matchingAny(mine));
        }
        if (filter.urgentOnly()) {
            b.filter(f.match().field("urgent").matching(true));
        }
        for (DisputeFlag flag : filter.flags()) {
            b.filter(f.match().field(switch (flag) {
                case GROUP -> "groupDispute";
                case LEADER_INSTRUCTION -> "leaderInstruction";
                case PUBLIC_OPINION -> "publicOpinion";
            }).matching(true));
        }
        if (filter.dueBefore() != null) {
            b.filter(f.range().field("dueDate").lessThan(filter.dueBefore()));
        }
        if (filter.dueFrom() != null) {
            b.filter(f.range().field("dueDate").atLeast(filter.dueFrom()));
        }
        if (filter.warnCut() != null) {
            b.filter(filter.warnCut().passed() ? f.range().field("dueWarnAt").atMost(filter.warnCut().at())
                    : f.range().field("dueWarnAt").greaterThan(filter.warnCut().at()));
        }
        if (filter.tier() != null) {
            b.filter(f.match().field("tier").matching(filter.tier()));
        }
        if (filter.categoryId() != null) {
            b.filter(f.bool().should(f.match().field("category.id").matching(filter.categoryId()))
                    .should(f.match().field("category.parent.id").matching(filter.categoryId())));
        }
        if (filter.compoundId() != null) {
            b.filter(f.match().field("compound.id").matching(filter.compoundId()));
        }
        if (filter.registeredSince() != null) {
            b.filter(f.range().field("registeredAt").atLeast(filter.registeredSince()));
        }
        return b;
    }

}
