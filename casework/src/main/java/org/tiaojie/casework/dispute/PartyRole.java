package org.tiaojie.casework.dispute;

/** 申请人, 被申请人, 第三人. */
public enum PartyRole {
    APPLICANT, RESPONDENT, THIRD_PARTY
}
