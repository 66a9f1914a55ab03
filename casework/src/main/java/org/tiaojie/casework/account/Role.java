package org.tiaojie.casework.account;

/** What a user does; each maps to the Spring Security authority {@code ROLE_<name>}. */
public enum Role {
    OPERATOR, MEDIATOR, SUPERVISOR, COURT_CLERK, ADMIN;

    public static final String OPERATOR_NAME = "OPERATOR";
    public static final String MEDIATOR_NAME = "MEDIATOR";
    public static final String SUPERVISOR_NAME = "SUPERVISOR";
    public static final String COURT_CLERK_NAME = "COURT_CLERK";
    public static final String ADMIN_NAME = "ADMIN";

    public String authority() {
        return "ROLE_" + name();
    }
}
