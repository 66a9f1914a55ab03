package org.tiaojie.casework.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Personal data at rest (个人信息保护法 Art. 51: encryption of personal information; OWASP ASVS 4 V6.2): a value is
 * kept as {@code v1:} and the Base64 of a random 12-byte nonce and its AES-256-GCM ciphertext with tag, under a key
 * held outside the database ({@code tiaojie.data-key}, or the key file in the data folder; the same on every node).
 * The cipher is the JDK's own. A value without the prefix is one written before encryption and is read as it is,
 * until it is written again.
 */
@Component
public class DataCipher {

    static final String PREFIX = "v1:";
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecretKeySpec indexKey;
    private final SecureRandom random = new SecureRandom();

    DataCipher(@Value("${tiaojie.data-key:}") String configured, @Value("${tiaojie.data-key-file:}") String keyFile) {
        byte[] material = KeyMaterial.resolve("personal-data key", configured, keyFile).orElseThrow(() ->
                new IllegalStateException("no personal-data key: set tiaojie.data-key (TIAOJIE_DATA_KEY, Base64 of 32 "
                        + "bytes or more, the same on every node) or tiaojie.data-key-file"));
        this.key = new SecretKeySpec(derive(material, "tiaojie personal data encryption"), "AES");
        this.indexKey = new SecretKeySpec(derive(material, "tiaojie personal data blind index"), "HmacSHA256");
    }

    /** A key for one purpose, derived from the key material (HMAC-SHA256 of the purpose's name). */
    private static byte[] derive(byte[] material, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(material, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE + sealed.length).put(nonce)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE));
            return new String(cipher.doFinal(all, NONCE, all.length - NONCE), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a stored value cannot be decrypted with this node's personal-data key", e);
        }
    }

    /**
     * The blind index of a value: 32 hex digits, the first 16 bytes of its HMAC-SHA256 under a key of its own derived
     * from the same material. Equal values have equal indexes, so a column of them is what lookups compare and index
     * (a caller's history, repeat calls, a search by phone or ID number); without the key it tells nothing of the
     * value. {@code null} for {@code null}. Callers pass the value as it is stored (normalised).
     */
    public String index(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            return HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot index", e);
        }
    }

    /** Whether a stored value is encrypted already. */
    public static boolean sealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }
}
