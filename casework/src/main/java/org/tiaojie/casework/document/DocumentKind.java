package org.tiaojie.casework.document;

/**
 * The documents a case produces, in the order the Ministry's case-file rules file them. Kinds
 * marked {@code perRecord} are written once per session, investigation, visit or agreement.
 */
public enum DocumentKind {
    ACCEPTANCE_FORM(false),
    REFUSAL_NOTICE(false),
    RIGHTS_NOTICE(false),
    INVESTIGATION_RECORD(true),
    SESSION_RECORD(true),
    AGREEMENT(true),
    /** 终止调解告知书 (人民调解法 Art. 26): mediation failed or a party ended it. */
    TERMINATION_NOTICE(false),
    VISIT_RECORD(true),
    CONFIRMATION_APPLICATION(true),
    SUPERVISION_NOTICE(false),
    CLOSING_REPORT(false),
    REFERRAL_LETTER(false),
    BUNDLE(false);

    private final boolean perRecord;

    DocumentKind(boolean perRecord) {
        this.perRecord = perRecord;
    }

    public boolean perRecord() {
        return perRecord;
    }
}
