package org.tiaojie.casework.organisation;

import jakarta.persistence.Query;
import java.util.Map;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.springframework.security.access.AccessDeniedException;
import org.tiaojie.casework.place.Compound;

/**
 * "Inside this user's area", written once. A {@link Jurisdiction} becomes here, and only here
 * (an ArchUnit rule keeps it so), the condition a query adds — in JPQL, in SQL or for the search
 * index — and the yes/no answer for one case, compound, supervision or listing. A community sees
 * its community, a street its street, a district its district; a court sees the disputes referred
 * to it and nothing that is placed but not referred (compounds, supervisions, listings).
 * docs/ARCHITECTURE.md, "One area scope"; docs/decisions/017-area-scope.md.
 */
public final class AreaScope {

    /** The parameter every condition of this class binds to the area's id. */
    public static final String PARAMETER = "area";
    /** The parameter a district-indexed condition binds to the district's id. */
    public static final String DISTRICT_PARAMETER = "areaDistrict";

    /** A condition and the values of its parameters. */
    public record Condition(String text, Map<String, Object> parameters) {

        /** Binds the condition's parameters to a query built with its text. */
        public <Q extends Query> Q bind(Q query) {
            parameters.forEach(query::setParameter);
            return query;
        }

        /** Adds the condition's parameters to those a query builder collects. */
        public void into(Map<String, Object> params) {
            params.putAll(parameters);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** The part of the area a dashboard breaks its figures down by: the level just below the area. */
    public enum Part {
        STREET("street_id", "streetId", "Street"),
        COMMUNITY("community_id", "communityId", "Community"),
        COMPOUND("compound_id", "compound.id", "Compound");

        private final String column;
        private final String field;
        private final String entity;

        Part(String column, String field, String entity) {
            this.column = column;
            this.field = field;
            this.entity = entity;
        }

        /** The dispute table's column naming the part. */
        public String column() {
            return column;
        }

        /** The dispute entity's path naming the part. */
        public String field() {
            return field;
        }

        /** The entity whose names label the parts. */
        public String entity() {
            return entity;
        }
    }

    private final Jurisdiction area;

    private AreaScope(Jurisdiction area) {
        this.area = java.util.Objects.requireNonNull(area, "area");
    }

    public static AreaScope of(Jurisdiction area) {
        return new AreaScope(area);
    }

    /** Whether the area is a whole district (a district's supervisors issue 区级督办 by default). */
    public boolean wholeDistrict() {
        return area.level() == Jurisdiction.Level.DISTRICT;
    }

    /** Whether the area is a court's: the disputes referred to it. */
    public boolean court() {
        return area.level() == Jurisdiction.Level.COURT;
    }

    /**
     * The area whose compounds a court may entrust disputes to mediation in: its district. Any
     * other area entrusts nothing beyond itself.
     */
    public AreaScope entrustable() {
        return court() ? of(Jurisdiction.district(area.districtId())) : this;
    }

    /** The district the area lies in. */
    public long district() {
        return area.districtId();
    }

    // ------------------------------------------------------------------ disputes

    /** The disputes of the area, on the entity {@code Dispute} under {@code alias}. */
    public Condition disputes(String alias) {
        return condition(alias + "." + switch (area.level()) {
            case COMMUNITY -> "communityId";
            case STREET -> "streetId";
            case DISTRICT -> "districtId";
            case COURT -> "court.id";
        } + " = :" + PARAMETER);
    }

    /** The disputes of the area, on the table {@code dispute} under {@code alias}. */
    public Condition disputeRows(String alias) {
        return condition(alias + "." + switch (area.level()) {
            case COMMUNITY -> "community_id";
            case STREET -> "street_id";
            case DISTRICT -> "district_id";
            case COURT -> "court_id";
        } + " = :" + PARAMETER);
    }

    /** The disputes of the area in the search index. */
    public SearchPredicate disputes(SearchPredicateFactory f) {
        return f.match().field(switch (area.level()) {
            case COMMUNITY -> "communityId";
            case STREET -> "streetId";
            case DISTRICT -> "districtId";
            case COURT -> "court.id";
        }).matching(area.id()).toPredicate();
    }

    /**
     * The rows of the area on a table that carries {@code district_id} first in its indexes
     * (disputes, supervisions): the district, then the narrower column. Refused for a court.
     */
    public Condition districtRows(String alias) {
        String narrower = switch (placedLevel("dashboards")) {
            case COMMUNITY -> " and " + alias + ".community_id = :" + PARAMETER;
            case STREET -> " and " + alias + ".street_id = :" + PARAMETER;
            default -> "";
        };
        return new Condition(alias + ".district_id = :" + DISTRICT_PARAMETER + narrower, parameters(!narrower.isEmpty()));
    }

    /** As {@link #districtRows} on the entity {@code Dispute} under {@code alias}. */
    public Condition districtDisputes(String alias) {
        String narrower = switch (placedLevel("dashboards")) {
            case COMMUNITY -> " and " + alias + ".communityId = :" + PARAMETER;
            case STREET -> " and " + alias + ".streetId = :" + PARAMETER;
            default -> "";
        };
        return new Condition(alias + ".districtId = :" + DISTRICT_PARAMETER + narrower, parameters(!narrower.isEmpty()));
    }

    /** The level below the area a dashboard breaks down by. Refused for a court. */
    public Part part() {
        return switch (placedLevel("dashboards")) {
            case DISTRICT -> Part.STREET;
            case STREET -> Part.COMMUNITY;
            default -> Part.COMPOUND;
        };
    }

    // ------------------------------------------------------------------ placed rows

    /**
     * The rows of the area on an entity carrying {@code districtId}, {@code streetId} and
     * {@code communityId} (supervisions, listings), under {@code alias}. Refused for a court,
     * which follows none of them.
     */
    public Condition placed(String alias, String what) {
        return condition(alias + "." + switch (placedLevel(what)) {
            case COMMUNITY -> "communityId";
            case STREET -> "streetId";
            default -> "districtId";
        } + " = :" + PARAMETER);
    }

    /** Whether a row placed in this district, street and community lies in the area (never for a court). */
    public boolean covers(long district, long street, long community) {
        return switch (area.level()) {
            case DISTRICT -> district == area.id();
            case STREET -> street == area.id();
            case COMMUNITY -> community == area.id();
            case COURT -> false;
        };
    }

    /** Whether a compound lies in the area (never for a court). */
    public boolean covers(Compound c) {
        return covers(c.getCommunity().getStreet().getDistrict().getId(), c.getCommunity().getStreet().getId(),
                c.getCommunity().getId());
    }

    // ------------------------------------------------------------------ compounds

    /**
     * The compounds of the area, on a JPQL query that joins a compound's community as
     * {@code community} and its street as {@code street}; empty for a court, whose area holds
     * no compounds.
     */
    public java.util.Optional<Condition> compounds(String community, String street) {
        return switch (area.level()) {
            case COMMUNITY -> java.util.Optional.of(condition(community + ".id = :" + PARAMETER));
            case STREET -> java.util.Optional.of(condition(street + ".id = :" + PARAMETER));
            case DISTRICT -> java.util.Optional.of(condition(street + ".district.id = :" + PARAMETER));
            case COURT -> java.util.Optional.empty();
        };
    }

    /**
     * As {@link #compounds} on the tables {@code community} and {@code street}, for the district
     * index: the district, then the narrower column. Refused for a court.
     */
    public Condition compoundRows(String community, String street) {
        String narrower = switch (placedLevel("compounds")) {
            case COMMUNITY -> " and " + community + ".id = :" + PARAMETER;
            case STREET -> " and " + street + ".id = :" + PARAMETER;
            default -> "";
        };
        return new Condition(street + ".district_id = :" + DISTRICT_PARAMETER + narrower, parameters(!narrower.isEmpty()));
    }

    @Override
    public String toString() {
        return area.level() + " " + area.id();
    }

    private Condition condition(String text) {
        return new Condition(text, Map.of(PARAMETER, area.id()));
    }

    private Map<String, Object> parameters(boolean narrower) {
        return narrower ? Map.of(DISTRICT_PARAMETER, area.districtId(), PARAMETER, area.id())
                : Map.of(DISTRICT_PARAMETER, area.districtId());
    }

    private Jurisdiction.Level placedLevel(String what) {
        if (area.level() == Jurisdiction.Level.COURT) {
            throw new AccessDeniedException("courts have no " + what);
        }
        return area.level();
    }
}
