package org.tiaojie.casework.organisation;

/** An organisation as the administrator's grid and form show it. */
public record OrganisationRow(long id, String name, OrganisationKind kind, long districtId, String districtName,
        Long streetId, String streetName, Long communityId, String communityName, String address, String phone,
        boolean active, long version, String committeeName, String sealText, String casePrefix, Long headUserId) {

    /** The most specific place name: community, street or district. */
    public String placeName() {
        if (communityName != null) {
            return streetName + " · " + communityName;
        }
        return streetName != null ? streetName : districtName;
    }
}
