package org.tiaojie.casework.demo;

import java.time.Instant;
import java.util.List;

/**
 * What the demo district leaves for the documents once its cases are written: the written agreements, whose
 * 协议书 the mediator printed when they were signed, and the failed cases the mediator refers to the court
 * after building their 卷宗.
 */
public record DemoDistrict(List<Signed> signed, List<ToCourt> toCourt) {

    /** A written agreement signed at {@code at} under {@code mediator}'s login. */
    public record Signed(long disputeId, long agreementId, Instant at, String mediator) {
    }

    /** A failed case referred to {@code courtId} at {@code at}, with {@code reason}. */
    public record ToCourt(long disputeId, long courtId, String reason, Instant at, String mediator) {
    }
}
