package org.tiaojie.casework.organisation;

/**
 * What an administrator enters for an organisation; {@code id} null means a new one. The committee, its seal and
 * the 人调字 word apply to mediation organisations; blank means the default of the place. The head (负责人), who
 * assigns the cases, is one of its mediators, or nobody.
 */
public record OrganisationForm(Long id, long version, String name, OrganisationKind kind, Long districtId,
        Long streetId, Long communityId, String address, String phone, boolean active, String committeeName,
        String sealText, String casePrefix, Long headUserId) {

    public OrganisationForm(Long id, long version, String name, OrganisationKind kind, Long districtId, Long streetId,
            Long communityId, String address, String phone, boolean active, String committeeName, String sealText,
            String casePrefix) {
        this(id, version, name, kind, districtId, streetId, communityId, address, phone, active, committeeName, sealText,
                casePrefix, null);
    }
}
