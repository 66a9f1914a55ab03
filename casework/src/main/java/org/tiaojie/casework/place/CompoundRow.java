package org.tiaojie.casework.place;

/** A compound with its place chain and property company, for grids and lookups. */
public record CompoundRow(long id, String name, String address, int households, String communityName,
        String streetName, String propertyCompanyName) {
}
