package org.tiaojie.casework.organisation;

/** What an organisation is; decides its tier and the area it answers for. */
public enum OrganisationKind {
    HOTLINE_CENTRE(null, AreaLevel.DISTRICT),
    COMMUNITY_MEDIATION_ROOM(Tier.COMMUNITY, AreaLevel.COMMUNITY),
    STREET_MEDIATION_CENTRE(Tier.STREET, AreaLevel.STREET),
    DISTRICT_COMMITTEE(Tier.DISTRICT, AreaLevel.DISTRICT),
    SUPERVISION_OFFICE(null, AreaLevel.DISTRICT),
    COURT(null, AreaLevel.DISTRICT);

    /** How specific the place an organisation is attached to must be. */
    public enum AreaLevel { COMMUNITY, STREET, DISTRICT }

    private final Tier tier;
    private final AreaLevel minimumArea;

    OrganisationKind(Tier tier, AreaLevel minimumArea) {
        this.tier = tier;
        this.minimumArea = minimumArea;
    }

    /** The mediation tier, or null for organisations that do not mediate. */
    public Tier tier() {
        return tier;
    }

    public AreaLevel minimumArea() {
        return minimumArea;
    }

    public boolean mediates() {
        return tier != null;
    }
}
