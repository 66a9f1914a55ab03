package org.tiaojie.casework.notification;

/**
 * A way out of the system for notifications (an SMS gateway, a government messaging platform).
 * The default only logs; a deployment provides its own bean, marked {@code @Primary}.
 */
public interface OutboundChannel {

    /** Sends a text to a phone number; must not throw for a delivery failure (log it instead). */
    void send(String phone, String text);
}
