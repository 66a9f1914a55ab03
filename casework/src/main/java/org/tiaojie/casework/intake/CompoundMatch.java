package org.tiaojie.casework.intake;

/** A compound as the intake search lists it: where it is and who manages it. */
public record CompoundMatch(long id, String name, String address, String communityName, String streetName,
        String initials, String companyName) {

    /** "锦华苑 · 湖畔社区 · 翠湖路12号". */
    public String label() {
        return name + " · " + communityName + (address == null || address.isBlank() ? "" : " · " + address);
    }
}
