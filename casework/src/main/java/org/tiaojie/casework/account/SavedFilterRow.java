package org.tiaojie.casework.account;

/** A saved filter in a selection list. */
public record SavedFilterRow(long id, String name, String query) {
}
