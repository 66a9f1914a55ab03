package org.tiaojie.casework.organisation;

/**
 * The area a user may see: a community, a street, a district, or (for a court) what was
 * referred to that court, with the district it lies in. Only {@link AreaScope} turns it into a
 * query condition or a yes/no answer (docs/ARCHITECTURE.md, "One area scope").
 */
public record Jurisdiction(Level level, long id, long districtId) {

    public enum Level { COMMUNITY, STREET, DISTRICT, COURT }

    public static Jurisdiction community(long communityId, long districtId) {
        return new Jurisdiction(Level.COMMUNITY, communityId, districtId);
    }

    public static Jurisdiction street(long streetId, long districtId) {
        return new Jurisdiction(Level.STREET, streetId, districtId);
    }

    public static Jurisdiction district(long districtId) {
        return new Jurisdiction(Level.DISTRICT, districtId, districtId);
    }

    public static Jurisdiction court(long courtOrganisationId, long districtId) {
        return new Jurisdiction(Level.COURT, courtOrganisationId, districtId);
    }
}
