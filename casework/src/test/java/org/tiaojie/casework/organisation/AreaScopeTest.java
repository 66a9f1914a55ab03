package org.tiaojie.casework.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** What each kind of area sees (docs/DOMAIN.md, "Areas"): the conditions and the yes/no checks. */
class AreaScopeTest {

    private static final AreaScope COMMUNITY = AreaScope.of(Jurisdiction.community(31, 1));
    private static final AreaScope STREET = AreaScope.of(Jurisdiction.street(21, 1));
    private static final AreaScope DISTRICT = AreaScope.of(Jurisdiction.district(1));
    private static final AreaScope COURT = AreaScope.of(Jurisdiction.court(900, 1));

    @Test
    void disputesAreNarrowedByTheAreasOwnColumn() {
        assertThat(COMMUNITY.disputes("d").text()).isEqualTo("d.communityId = :area");
        assertThat(STREET.disputes("d").text()).isEqualTo("d.streetId = :area");
        assertThat(DISTRICT.disputes("d").text()).isEqualTo("d.districtId = :area");
        assertThat(COURT.disputes("d").text()).isEqualTo("d.court.id = :area");
        assertThat(COURT.disputeRows("x").text()).isEqualTo("x.court_id = :area");
        assertThat(STREET.disputes("d").parameters()).isEqualTo(Map.of("area", 21L));
    }

    @Test
    void districtIndexedConditionsStartWithTheDistrict() {
        assertThat(DISTRICT.districtRows("d").text()).isEqualTo("d.district_id = :areaDistrict");
        assertThat(DISTRICT.districtRows("d").parameters()).isEqualTo(Map.of("areaDistrict", 1L));
        assertThat(STREET.districtRows("s").text()).isEqualTo("s.district_id = :areaDistrict and s.street_id = :area");
        assertThat(COMMUNITY.districtDisputes("d").text())
                .isEqualTo("d.districtId = :areaDistrict and d.communityId = :area");
        assertThat(COMMUNITY.districtDisputes("d").parameters()).isEqualTo(Map.of("areaDistrict", 1L, "area", 31L));
        assertThat(STREET.compoundRows("m", "s").text()).isEqualTo("s.district_id = :areaDistrict and s.id = :area");
    }

    @Test
    void aDashboardBreaksDownByTheLevelBelowTheArea() {
        assertThat(DISTRICT.part()).isEqualTo(AreaScope.Part.STREET);
        assertThat(STREET.part()).isEqualTo(AreaScope.Part.COMMUNITY);
        assertThat(COMMUNITY.part()).isEqualTo(AreaScope.Part.COMPOUND);
    }

    @Test
    void aCourtSeesWhatWasReferredToItAndNothingMerelyPlaced() {
        assertThatThrownBy(COURT::part).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> COURT.placed("s", "supervisions")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> COURT.districtRows("d")).isInstanceOf(AccessDeniedException.class);
        assertThat(COURT.compounds("m", "s")).isEmpty();
        assertThat(COURT.covers(1, 21, 31)).isFalse();
    }

    @Test
    void aCourtEntrustsIntoItsDistrictOnly() {
        assertThat(COURT.entrustable().compounds("m", "s").orElseThrow().text()).isEqualTo("s.district.id = :area");
        assertThat(COURT.entrustable().covers(1, 99, 999)).isTrue();
        assertThat(COURT.entrustable().covers(2, 21, 31)).isFalse();
        assertThat(STREET.entrustable()).isSameAs(STREET);
    }

    @Test
    void coversAnswersForOnePlacedRow() {
        assertThat(COMMUNITY.covers(1, 21, 31)).isTrue();
        assertThat(COMMUNITY.covers(1, 21, 32)).isFalse();
        assertThat(STREET.covers(1, 21, 32)).isTrue();
        assertThat(STREET.covers(1, 22, 31)).isFalse();
        assertThat(DISTRICT.covers(1, 22, 33)).isTrue();
        assertThat(DISTRICT.covers(2, 21, 31)).isFalse();
        assertThat(DISTRICT.placed("l", "listings").text()).isEqualTo("l.districtId = :area");
    }
}
