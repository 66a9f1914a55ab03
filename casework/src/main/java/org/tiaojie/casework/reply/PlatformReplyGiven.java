package org.tiaojie.casework.reply;

/** A reply was written; after commit it is pushed to the platforms that registered a callback. */
public record PlatformReplyGiven(long replyId, long disputeId) {
}
