package org.tiaojie.casework.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A secret the platform keeps outside its database (the audit chain's key, the personal-data key): Base64 of at least
 * 32 bytes, from a setting (the same on every node of a cluster) or else from a key file in the data folder, made on
 * first start and readable by its owner only. Empty when neither is set.
 */
public final class KeyMaterial {

    private static final Logger LOG = LoggerFactory.getLogger(KeyMaterial.class);

    private KeyMaterial() {
    }

    /** The key named {@code name} (for messages), from {@code configured} or {@code keyFile}. */
    public static Optional<byte[]> resolve(String name, String configured, String keyFile) {
        if (configured != null && !configured.isBlank()) {
            return Optional.of(decode(configured.strip(), name, "its setting"));
        }
        if (keyFile == null || keyFile.isBlank()) {
            return Optional.empty();
        }
        Path path = Path.of(keyFile);
        try {
            if (Files.exists(path)) {
                return Optional.of(decode(Files.readString(path).strip(), name, path.toString()));
            }
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            Files.createDirectories(path.toAbsolutePath().getParent());
            Files.writeString(path, Base64.getEncoder().encodeToString(fresh) + "\n");
            try {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the file system has no POSIX permissions; the folder's own protection applies
            }
            LOG.info("{} created in {}; keep a copy with the backups", name, path);
            return Optional.of(fresh);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or create the " + name + " file " + path, e);
        }
    }

    private static byte[] decode(String base64, String name, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the " + name + " in " + source + " is not Base64", e);
        }
        if (bytes.length < 32) {
            throw new IllegalStateException("the " + name + " in " + source + " must have at least 32 bytes");
        }
        return bytes;
    }
}
