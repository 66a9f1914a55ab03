package org.tiaojie.documents;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tiaojie.casework.shared.Digests;
import org.tiaojie.documents.pdf.BundlePackage;

/**
 * The platform's signing key (Ed25519, the JDK's own implementation): made once by the first node that needs
 * it and kept in the database, so every node signs with the same key. The public half and its id are published
 * on the 核验 screen, so a receiver outside the platform can check a signed manifest with any Ed25519 tool.
 */
@Component
public class PlatformKey implements BundlePackage.Signer {

    static final String ALGORITHM = "Ed25519";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private volatile Loaded loaded;

    private record Loaded(String keyId, PublicKey publicKey, PrivateKey privateKey) {
    }

    PlatformKey(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The key's id: the first 16 hex digits of the SHA-256 of its public half (X.509 encoding). */
    public String keyId() {
        return key().keyId();
    }

    /** The public half, Base64 of its X.509 encoding, as receivers import it. */
    public String publicKey() {
        return Base64.getEncoder().encodeToString(key().publicKey().getEncoded());
    }

    @Override
    public BundlePackage.ManifestSignature sign(byte[] manifest) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key().privateKey());
            signature.update(manifest);
            return new BundlePackage.ManifestSignature(ALGORITHM, keyId(), publicKey(),
                    Base64.getEncoder().encodeToString(signature.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing failed", e);
        }
    }

    private Loaded key() {
        Loaded k = loaded;
        if (k == null) {
            synchronized (this) {
                k = loaded;
                if (k == null) {
                    k = loadOrCreate();
                    loaded = k;
                }
            }
        }
        return k;
    }

    private Loaded loadOrCreate() {
        List<Loaded> found = read();
        if (found.isEmpty()) {
            try {
                KeyPair fresh = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
                byte[] pub = fresh.getPublic().getEncoded();
                jdbc.update("insert into platform_signing_key (id, algorithm, key_id, public_key, private_key, created_at)"
                        + " values (1, ?, ?, ?, ?, ?)", ALGORITHM, keyIdOf(pub), pub, fresh.getPrivate().getEncoded(),
                        Timestamp.from(Instant.now(clock)));
            } catch (DuplicateKeyException anotherNodeWasFirst) {
                // the row another node inserted meanwhile is the key
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(ALGORITHM + " is not available", e);
            }
            found = read();
        }
        return found.getFirst();
    }

    private List<Loaded> read() {
        return jdbc.query("select key_id, public_key, private_key from platform_signing_key where id = 1", (rs, n) -> {
            try {
                KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
                return new Loaded(rs.getString(1), factory.generatePublic(new X509EncodedKeySpec(rs.getBytes(2))),
                        factory.generatePrivate(new PKCS8EncodedKeySpec(rs.getBytes(3))));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the stored signing key cannot be read", e);
            }
        });
    }

    static String keyIdOf(byte[] publicKey) {
        return Digests.sha256(publicKey).substring(0, 16);
    }
}
