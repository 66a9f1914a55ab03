package org.tiaojie.casework.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServingPlacesTest {

    private static ServingPlaces.Place room(long id, long community, long street) {
        return new ServingPlaces.Place(id, OrganisationKind.COMMUNITY_MEDIATION_ROOM, community, street, 1L, "社" + id);
    }

    @Test
    void aCommunityIsServedByItsOwnRoomAndAStreetCentreByItsStreet() {
        ServingPlaces places = new ServingPlaces(List.of(room(10, 100, 7), room(11, 101, 7),
                new ServingPlaces.Place(20, OrganisationKind.STREET_MEDIATION_CENTRE, null, 7L, 1L, "街"),
                new ServingPlaces.Place(30, OrganisationKind.DISTRICT_COMMITTEE, null, null, 1L, "区")));
        assertThat(places.serving(OrganisationKind.COMMUNITY_MEDIATION_ROOM, 101, 7, 1).casePrefix()).isEqualTo("社11");
        assertThat(places.serving(OrganisationKind.STREET_MEDIATION_CENTRE, 101, 7, 1).id()).isEqualTo(20);
        assertThat(places.serving(OrganisationKind.DISTRICT_COMMITTEE, 101, 7, 1).id()).isEqualTo(30);
        // another street has no centre of its own, and a community without a room has none
        assertThat(places.serving(OrganisationKind.STREET_MEDIATION_CENTRE, 300, 8, 1)).isNull();
        assertThat(places.serving(OrganisationKind.COMMUNITY_MEDIATION_ROOM, 102, 7, 1)).isNull();
    }

    @Test
    void ofSeveralThatMatchTheLowestIdServesWhateverTheirArea() {
        ServingPlaces places = new ServingPlaces(List.of(room(15, 100, 7), room(12, 100, 7),
                new ServingPlaces.Place(9, OrganisationKind.COMMUNITY_MEDIATION_ROOM, null, 7L, 1L, "街属社")));
        assertThat(places.serving(OrganisationKind.COMMUNITY_MEDIATION_ROOM, 100, 7, 1).id()).isEqualTo(9);
        assertThat(places.serving(OrganisationKind.COMMUNITY_MEDIATION_ROOM, 555, 7, 1).id()).isEqualTo(9);
        assertThat(places.serving(OrganisationKind.COMMUNITY_MEDIATION_ROOM, 555, 8, 1)).isNull();
    }
}
