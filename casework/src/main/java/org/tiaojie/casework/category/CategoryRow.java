package org.tiaojie.casework.category;

import org.tiaojie.casework.organisation.Tier;

/** A category as grids and forms show it. */
public record CategoryRow(long id, Long parentId, String code, String name, String nameEn, Tier startTier,
        String functionalDepartment, int sortOrder, boolean active, long version) {

    public boolean topLevel() {
        return parentId == null;
    }
}
