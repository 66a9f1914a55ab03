package org.tiaojie.casework.account;

import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Time-based one-time passwords (RFC 6238: SHA-1, six digits, 30 seconds, one step of clock drift
 * either way) as every authenticator app reads them from a QR code.
 */
@Component
public class SecondFactor {

    static final String ISSUER = "Tiaojie 调解";

    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);
    private final CodeVerifier verifier;

    SecondFactor(Clock clock) {
        DefaultCodeVerifier v = new DefaultCodeVerifier(new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6),
                () -> Instant.now(clock).getEpochSecond());
        v.setTimePeriod(30);
        v.setAllowedTimePeriodDiscrepancy(1);
        this.verifier = v;
    }

    public String newSecret() {
        return secrets.generate();
    }

    /** The otpauth:// address an authenticator app scans, as a PNG QR code. */
    public byte[] qrCode(String secret, String username) {
        QrData data = new QrData.Builder().label(username).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(30).build();
        try {
            return new ZxingPngQrGenerator().generate(data);
        } catch (QrGenerationException e) {
            throw new IllegalStateException("the QR code could not be drawn", e);
        }
    }

    public boolean matches(String secret, String code) {
        if (secret == null || code == null) {
            return false;
        }
        String digits = code.strip().replace(" ", "");
        return digits.matches("\\d{6}") && verifier.isValidCode(secret, digits);
    }
}
