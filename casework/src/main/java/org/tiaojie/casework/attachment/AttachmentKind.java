package org.tiaojie.casework.attachment;

/** What an attachment is in the case file (and where it goes in the bundle). */
public enum AttachmentKind {
    /** 证据材料 */
    EVIDENCE,
    /** 身份证明 */
    IDENTITY,
    /** 授权委托书 */
    POWER_OF_ATTORNEY,
    /** 履行凭证 */
    PERFORMANCE_PROOF,
    /** 信访件扫描件 */
    PETITION_LETTER,
    /** 裁判文书: the court's ruling, judgment or mediation statement, recorded with its outcome */
    COURT_RULING,
    /** 其他 */
    OTHER,
    /** 签字件扫描件: the signed and sealed paper of a generated document, filed in the 卷宗 in its place */
    SIGNED_COPY
}
