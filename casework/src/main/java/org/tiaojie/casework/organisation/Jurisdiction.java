package org.tiaojie.casework.organisation;

/**
 * The area a user may see: a community, a street, a district, or (for a court) what was
 * referred to that court. Every dispute query a user can reach is filtered by one of these.
 */
public record Jurisdiction(Level level, long id) {

    public enum Level { COMMUNITY, STREET, DISTRICT, COURT }

    public static Jurisdiction community(long communityId) {
        return new Jurisdiction(Level.COMMUNITY, communityId);
    }

    public static Jurisdiction street(long streetId) {
        return new Jurisdiction(Level.STREET, streetId);
    }

    public static Jurisdiction district(long districtId) {
        return new Jurisdiction(Level.DISTRICT, districtId);
    }

    public static Jurisdiction court(long courtOrganisationId) {
        return new Jurisdiction(Level.COURT, courtOrganisationId);
    }
}
