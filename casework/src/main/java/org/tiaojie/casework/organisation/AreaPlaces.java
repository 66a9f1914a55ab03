package org.tiaojie.casework.organisation;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.place.PlaceOption;

/** The places that lie in an area, for the pickers and filters of its users. */
@Service
public class AreaPlaces {

    private final EntityManager em;

    AreaPlaces(EntityManager em) {
        this.em = em;
    }

    /** Every compound of the area, by community and name; none for a court's own area. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PlaceOption> compoundOptions(AreaScope scope) {
        return scope.compounds("m", "s")
                .map(where -> where.bind(em.createQuery("select new org.tiaojie.casework.place.PlaceOption(c.id,"
                        + " c.name, m.name) from Compound c join c.community m join m.street s where " + where
                        + " order by m.name, c.name", PlaceOption.class)).getResultList())
                .orElse(List.of());
    }
}
