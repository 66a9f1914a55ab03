package org.tiaojie.casework.statistics;

/** 信用等级: AAA, AA, A, B, C, and 黑名单. */
public enum CreditGrade {
    AAA, AA, A, B, C, BLACKLIST
}
