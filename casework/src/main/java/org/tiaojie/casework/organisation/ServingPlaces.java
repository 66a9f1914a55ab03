package org.tiaojie.casework.organisation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which active organisation of each kind serves which community, street and district, kept in
 * memory for routing: an organisation set up for the community itself, for its street (no community
 * given) or for its district (neither given); of several that match, the lowest id.
 */
final class ServingPlaces {

    /** An active organisation and the area it is set up for (the narrower ids are null for a wider one). */
    record Place(long id, OrganisationKind kind, Long communityId, Long streetId, Long districtId, String casePrefix) {
    }

    private record Key(OrganisationKind kind, long area) {
    }

    private final Map<Key, Place> byCommunity = new HashMap<>();
    private final Map<Key, Place> byStreet = new HashMap<>();
    private final Map<Key, Place> byDistrict = new HashMap<>();

    ServingPlaces(List<Place> active) {
        for (Place p : active) {
            if (p.communityId() != null) {
                keepLowest(byCommunity, new Key(p.kind(), p.communityId()), p);
            } else if (p.streetId() != null) {
                keepLowest(byStreet, new Key(p.kind(), p.streetId()), p);
            } else if (p.districtId() != null) {
                keepLowest(byDistrict, new Key(p.kind(), p.districtId()), p);
            }
        }
    }

    private static void keepLowest(Map<Key, Place> map, Key key, Place p) {
        map.merge(key, p, (a, b) -> a.id() <= b.id() ? a : b);
    }

    /** The organisation of {@code kind} serving the community (in its street and district), or null. */
    Place serving(OrganisationKind kind, long communityId, long streetId, long districtId) {
        Place best = null;
        for (Place p : new Place[] {byCommunity.get(new Key(kind, communityId)), byStreet.get(new Key(kind, streetId)),
            byDistrict.get(new Key(kind, districtId))}) {
            if (p != null && (best == null || p.id() < best.id())) {
                best = p;
            }
        }
        return best;
    }
}
