package org.tiaojie.casework.account;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * Time-based one-time passwords (RFC 6238: SHA-1, six digits, 30 seconds, one step of clock drift
 * either way) as every authenticator app reads them from a QR code; each code is good once.
 */
@Component
public class SecondFactor {

    static final String ISSUER = "Tiaojie 调解";

    private static final int PERIOD = 30;

    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);
    private final DefaultCodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);
    private final Clock clock;

    SecondFactor(Clock clock) {
        this.clock = clock;
    }

    public String newSecret() {
        return secrets.generate();
    }

    /** The otpauth:// address an authenticator app scans, as a PNG QR code. */
    public byte[] qrCode(String secret, String username) {
        QrData data = new QrData.Builder().label(username).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(PERIOD).build();
        try {
            return new ZxingPngQrGenerator().generate(data);
        } catch (QrGenerationException e) {
            throw new IllegalStateException("the QR code could not be drawn", e);
        }
    }

    /**
     * The 30-second step whose code this is (the current one, or one step of drift either way), or
     * empty when it matches none. The caller refuses a step already used.
     */
    public OptionalLong step(String secret, String code) {
        if (secret == null || code == null) {
            return OptionalLong.empty();
        }
        String digits = code.strip().replace(" ", "");
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long now = Instant.now(clock).getEpochSecond() / PERIOD;
        for (long step = now - 1; step <= now + 1; step++) {
            try {
                if (MessageDigest.isEqual(codes.generate(secret, step).getBytes(StandardCharsets.US_ASCII),
                        digits.getBytes(StandardCharsets.US_ASCII))) {
                    return OptionalLong.of(step);
                }
            } catch (CodeGenerationException e) {
                throw new IllegalStateException("the authenticator code could not be computed", e);
            }
        }
        return OptionalLong.empty();
    }
}
