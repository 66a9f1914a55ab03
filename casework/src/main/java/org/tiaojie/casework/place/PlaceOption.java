package org.tiaojie.casework.place;

/** A place as a selection list shows it: id, name and the name of the place above it. */
public record PlaceOption(long id, String name, String parentName) {

    public String label() {
        return parentName == null ? name : parentName + " · " + name;
    }
}
