package org.tiaojie.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.tiaojie.casework.shared.Digests;
import org.tiaojie.documents.pdf.BundlePackage;

/** What a forger does to a 卷宗包: swap a file, rebuild manifest.json to match, and perhaps sign it with a key of their own. */
public final class Packages {

    private Packages() {
    }

    public static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** The package with {@code path} replaced and its manifest line rebuilt; re-signed by {@code signer} when given. */
    public static byte[] forge(byte[] zip, String path, byte[] replacement, BundlePackage.Signer signer)
            throws IOException {
        Map<String, byte[]> entries = entries(zip);
        byte[] original = entries.get(path);
        String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8)
                .replace(Digests.sha256(original), Digests.sha256(replacement))
                .replace("\"size\" : " + original.length, "\"size\" : " + replacement.length);
        entries.put(path, replacement);
        entries.put("manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
        if (signer != null) {
            var s = signer.sign(entries.get("manifest.json"));
            entries.put(BundlePackage.SIGNATURE, ("{\"algorithm\":\"" + s.algorithm() + "\",\"keyId\":\"" + s.keyId()
                    + "\",\"publicKey\":\"" + s.publicKey() + "\",\"signature\":\"" + s.signature() + "\"}")
                    .getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A signer with a key of the forger's own. */
    public static BundlePackage.Signer foreignSigner() {
        try {
            var pair = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            return manifest -> {
                try {
                    var s = java.security.Signature.getInstance("Ed25519");
                    s.initSign(pair.getPrivate());
                    s.update(manifest);
                    var b64 = java.util.Base64.getEncoder();
                    return new BundlePackage.ManifestSignature("Ed25519", "forger", b64.encodeToString(
                            pair.getPublic().getEncoded()), b64.encodeToString(s.sign()));
                } catch (java.security.GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
            };
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
