package org.tiaojie.casework.organisation;

/** What an administrator enters for an organisation; {@code id} null means a new one. */
public record OrganisationForm(Long id, long version, String name, OrganisationKind kind, Long districtId,
        Long streetId, Long communityId, String address, String phone, boolean active) {
}
