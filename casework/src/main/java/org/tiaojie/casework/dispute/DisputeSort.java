package org.tiaojie.casework.dispute;

/** The orders a list can ask for; each is backed by an index. */
public enum DisputeSort {
    DUE_DATE_ASC("d.queueDue asc, d.id asc"),
    REGISTERED_DESC("d.registeredAt desc, d.id desc"),
    REGISTERED_ASC("d.registeredAt asc, d.id asc"),
    CASE_NUMBER_ASC("d.caseNumber asc"),
    CASE_NUMBER_DESC("d.caseNumber desc");

    final String jpql;

    DisputeSort(String jpql) {
        this.jpql = jpql;
    }
}
