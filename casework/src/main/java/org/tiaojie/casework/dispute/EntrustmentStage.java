package org.tiaojie.casework.dispute;

/**
 * The two stages in which a court hands a dispute to mediation (法释〔2016〕14号, 最高人民法院关于人民法院
 * 特邀调解的规定): 委派 before the case is filed, 委托 after filing, during litigation. Each has its own
 * mediation period.
 */
public enum EntrustmentStage {
    BEFORE_FILING, IN_LITIGATION;

    /** The deadline policies' channel for a dispute of {@code channel} in this stage. */
    public String policyChannel(Channel channel) {
        return this == IN_LITIGATION ? channel.name() + "_IN_LITIGATION" : channel.name();
    }
}
