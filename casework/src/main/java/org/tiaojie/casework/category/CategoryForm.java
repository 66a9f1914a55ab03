package org.tiaojie.casework.category;

import org.tiaojie.casework.organisation.Tier;

/** What an administrator enters for a category; {@code id} null means a new one. */
public record CategoryForm(Long id, long version, Long parentId, String code, String name, String nameEn,
        Tier startTier, String functionalDepartment, int sortOrder, boolean active) {
}
