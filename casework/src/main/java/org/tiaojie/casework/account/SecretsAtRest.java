package org.tiaojie.casework.account;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.shared.DataCipher;

/**
 * Encrypts at start whatever second-factor secret is still in clear (written before encryption, or by hand): one
 * statement per secret, each guarded by its old value, so two nodes starting together encrypt each secret once.
 */
@Component
public class SecretsAtRest {

    private static final Logger LOG = LoggerFactory.getLogger(SecretsAtRest.class);

    private final JdbcTemplate jdbc;
    private final DataCipher cipher;

    SecretsAtRest(JdbcTemplate jdbc, DataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void encryptWhatIsInClear() {
        List<java.util.Map<String, Object>> clear = jdbc.queryForList(
                "select id, totp_secret from app_user where totp_secret is not null and totp_secret not like 'v1:%'");
        int done = 0;
        for (var row : clear) {
            String secret = (String) row.get("totp_secret");
            done += jdbc.update("update app_user set totp_secret = ? where id = ? and totp_secret = ?",
                    cipher.encrypt(secret), row.get("id"), secret);
        }
        if (done > 0) {
            LOG.info("second-factor secrets: {} encrypted at rest", done);
        }
    }
}
