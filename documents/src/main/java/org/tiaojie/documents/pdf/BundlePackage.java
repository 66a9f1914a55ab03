package org.tiaojie.documents.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.tiaojie.casework.shared.Digests;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundle as a receiver gets it: a ZIP with the bundle PDF, every original file it was built
 * from under 原件/, and {@code manifest.json} naming each file with its size and SHA-256, so the
 * court (or an archive) can check that nothing was changed on the way.
 */
public final class BundlePackage {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** An original file: where it goes in the package, what it is, and its bytes when written. */
    public record Original(String fileName, String title, String kind, Supplier<byte[]> bytes) {
    }

    /** The file beside manifest.json that carries its signature. */
    public static final String SIGNATURE = "manifest.sig.json";

    /**
     * The sender's signature over the exact bytes of manifest.json: algorithm, the key's id, its public half
     * (Base64, X.509) and the signature (Base64).
     */
    public record ManifestSignature(String algorithm, String keyId, String publicKey, String signature) {
    }

    /** Signs a manifest as the sending platform. */
    @FunctionalInterface
    public interface Signer {
        ManifestSignature sign(byte[] manifest);
    }

    /** One line of the manifest. */
    public record FileEntry(String path, String title, long size, String sha256) {
    }

    private BundlePackage() {
    }

    /** Writes an unsigned package (a receiver can check it against itself only). */
    public static List<FileEntry> write(String caseNumber, int bundleVersion, String builtBy, Instant builtAt,
            String bundleFileName, byte[] bundlePdf, List<Original> originals, OutputStream out) {
        return write(caseNumber, bundleVersion, builtBy, builtAt, bundleFileName, bundlePdf, originals, null, out);
    }

    /**
     * Writes the package, its manifest signed by {@code signer} (none when null); returns the manifest's file
     * entries (bundle first, then originals).
     */
    public static List<FileEntry> write(String caseNumber, int bundleVersion, String builtBy, Instant builtAt,
            String bundleFileName, byte[] bundlePdf, List<Original> originals, Signer signer, OutputStream out) {
        List<FileEntry> entries = new ArrayList<>();
        try {
            ZipOutputStream zip = new ZipOutputStream(out, java.nio.charset.StandardCharsets.UTF_8);
            entries.add(put(zip, bundleFileName, "人民调解卷宗", bundlePdf));
            int n = 0;
            for (Original original : originals) {
                n++;
                String path = String.format("原件/%02d-%s", n, original.fileName().replace('/', '_').replace('\\', '_'));
                entries.add(put(zip, path, original.title(), original.bytes().get()));
            }
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("caseNumber", caseNumber);
            manifest.put("bundleVersion", bundleVersion);
            manifest.put("builtBy", builtBy);
            manifest.put("builtAt", builtAt.toString());
            manifest.put("algorithm", "SHA-256");
            manifest.put("files", entries);
            byte[] manifestBytes = JSON.writeValueAsBytes(manifest);
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(manifestBytes);
            zip.closeEntry();
            if (signer != null) {
                zip.putNextEntry(new ZipEntry(SIGNATURE));
                zip.write(JSON.writeValueAsBytes(signer.sign(manifestBytes)));
                zip.closeEntry();
            }
            zip.finish();
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileEntry put(ZipOutputStream zip, String path, String title, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(bytes);
        zip.closeEntry();
        return new FileEntry(path, title, bytes.length, Digests.sha256(bytes));
    }

    /**
     * What checking a package against its manifest found: each file's verdict, whether all agree, and whether the
     * manifest carries a signature that its enclosed key confirms ({@code signature} null when unsigned). Whose key
     * it is — the platform's — the receiver decides.
     */
    public record Verification(String caseNumber, List<FileCheck> files, List<String> unlisted,
            SignatureVerdict signatureVerdict, ManifestSignature signature) {

        public boolean intact() {
            return !files.isEmpty() && unlisted.isEmpty() && files.stream().allMatch(f -> f.verdict() == Verdict.OK);
        }
    }

    /** VALID: the signature matches the manifest's bytes; INVALID: the manifest or signature was changed; UNSIGNED. */
    public enum SignatureVerdict { VALID, INVALID, UNSIGNED }

    /** OK, CHANGED (size or SHA-256 differ from the manifest), MISSING (listed, not in the package). */
    public enum Verdict { OK, CHANGED, MISSING }

    public record FileCheck(String path, String title, Verdict verdict, String expectedSha256, String actualSha256) {
    }

    /**
     * Reads a package (as a receiver downloaded it) and checks every file against manifest.json;
     * files in the package that the manifest does not list are reported too. A package without a
     * readable manifest is refused with an {@link IllegalArgumentException}.
     */
    public static Verification verify(InputStream in) {
        Map<String, String> actual = new LinkedHashMap<>();
        byte[] manifest = null;
        byte[] signed = null;
        try (ZipInputStream zip = new ZipInputStream(in, java.nio.charset.StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.isDirectory()) {
                    continue;
                }
                byte[] bytes;
                try {
                    bytes = zip.readAllBytes();
                } catch (java.util.zip.ZipException damaged) {
                    // a byte changed inside the archive itself: the entry fails its own checksum
                    throw new IllegalArgumentException("damaged entry: " + e.getName(), damaged);
                }
                if (e.getName().equals("manifest.json")) {
                    manifest = bytes;
                } else if (e.getName().equals(SIGNATURE)) {
                    signed = bytes;
                } else {
                    actual.put(e.getName(), Digests.sha256(bytes) + ":" + bytes.length);
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not a readable ZIP package", e);
        }
        if (manifest == null) {
            throw new IllegalArgumentException("the package has no manifest.json");
        }
        JsonNode root;
        try {
            root = JSON.readTree(manifest);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("manifest.json is not readable", e);
        }
        List<FileCheck> checks = new ArrayList<>();
        for (JsonNode f : root.path("files")) {
            String path = f.path("path").asString();
            String expected = f.path("sha256").asString();
            String found = actual.remove(path);
            Verdict verdict = found == null ? Verdict.MISSING
                    : found.equals(expected + ":" + f.path("size").asLong()) ? Verdict.OK : Verdict.CHANGED;
            checks.add(new FileCheck(path, f.path("title").asString(), verdict, expected,
                    found == null ? null : found.substring(0, found.indexOf(':'))));
        }
        ManifestSignature signature = null;
        SignatureVerdict verdict = SignatureVerdict.UNSIGNED;
        if (signed != null) {
            try {
                signature = JSON.readValue(signed, ManifestSignature.class);
                verdict = verifies(manifest, signature) ? SignatureVerdict.VALID : SignatureVerdict.INVALID;
            } catch (RuntimeException e) {
                verdict = SignatureVerdict.INVALID;
            }
        }
        return new Verification(root.path("caseNumber").asString(), checks, List.copyOf(actual.keySet()), verdict,
                signature);
    }

    /** Whether the signature is the enclosed key's over these bytes (the JDK's Ed25519). */
    static boolean verifies(byte[] manifest, ManifestSignature s) {
        try {
            var key = java.security.KeyFactory.getInstance(s.algorithm()).generatePublic(
                    new java.security.spec.X509EncodedKeySpec(java.util.Base64.getDecoder().decode(s.publicKey())));
            var check = java.security.Signature.getInstance(s.algorithm());
            check.initVerify(key);
            check.update(manifest);
            return check.verify(java.util.Base64.getDecoder().decode(s.signature()));
        } catch (java.security.GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }
}
