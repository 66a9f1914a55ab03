package org.tiaojie.casework.organisation;

/** An organisation in a selection list. */
public record OrganisationOption(long id, String name, OrganisationKind kind) {
}
