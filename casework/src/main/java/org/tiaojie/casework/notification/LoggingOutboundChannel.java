package org.tiaojie.casework.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tiaojie.casework.party.Masking;

/** The default outbound channel: writes what would be sent to the log, with the number masked. */
@Component
class LoggingOutboundChannel implements OutboundChannel {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingOutboundChannel.class);

    @Override
    public void send(String phone, String text) {
        LOG.info("outbound message to {}: {}", Masking.phone(phone), text);
    }
}
