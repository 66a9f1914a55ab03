package org.tiaojie.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.tiaojie.documents.pdf.BundlePackage;

/** A court checks a downloaded 卷宗包 against its manifest: intact, a changed file, a damaged archive, an extra file. */
class BundlePackageTest {

    private static final byte[] PDF = "%PDF-1.7 卷宗".getBytes(StandardCharsets.UTF_8);
    private static final byte[] PHOTO = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3, 4, 5};

    private static byte[] pack() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BundlePackage.write("（2026）青溪湖畔社人调字第00012号", 2, "shequ", Instant.parse("2026-11-30T02:00:00Z"),
                "卷宗.pdf", PDF, List.of(new BundlePackage.Original("现场.png", "现场照片", "PHOTO", () -> PHOTO)), out);
        return out.toByteArray();
    }

    /** The same package with one entry's bytes replaced (and, optionally, one file added), zipped again. */
    private static byte[] repack(byte[] zip, String path, byte[] replacement, String extra) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8);
                ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(e.getName().equals(path) ? replacement : bytes);
                z.closeEntry();
            }
            if (extra != null) {
                z.putNextEntry(new ZipEntry(extra));
                z.write(1);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void anUntouchedPackageVerifies() {
        BundlePackage.Verification v = BundlePackage.verify(new ByteArrayInputStream(pack()));
        assertThat(v.intact()).isTrue();
        assertThat(v.caseNumber()).isEqualTo("（2026）青溪湖畔社人调字第00012号");
        assertThat(v.files()).extracting(BundlePackage.FileCheck::path).containsExactly("卷宗.pdf", "原件/01-现场.png");
    }

    @Test
    void oneChangedByteInAFileIsReportedForThatFile() throws IOException {
        byte[] changed = PHOTO.clone();
        changed[5] ^= 1;
        BundlePackage.Verification v = BundlePackage.verify(new ByteArrayInputStream(
                repack(pack(), "原件/01-现场.png", changed, null)));
        assertThat(v.intact()).isFalse();
        assertThat(v.files()).extracting(BundlePackage.FileCheck::verdict)
                .containsExactly(BundlePackage.Verdict.OK, BundlePackage.Verdict.CHANGED);
        assertThat(v.files().get(1).actualSha256()).isNotEqualTo(v.files().get(1).expectedSha256());
    }

    @Test
    void aMissingOrAddedFileIsReported() throws IOException {
        byte[] zip = repack(pack(), "-", null, "原件/99-后加.txt");
        BundlePackage.Verification added = BundlePackage.verify(new ByteArrayInputStream(zip));
        assertThat(added.intact()).isFalse();
        assertThat(added.unlisted()).containsExactly("原件/99-后加.txt");
    }

    @Test
    void aByteChangedInsideTheArchiveIsCaughtByItsChecksum() {
        byte[] zip = pack();
        // the photo's bytes are stored uncompressed-ish near the start; change one byte of the PDF's data
        int at = indexOf(zip, PDF) + 3;
        zip[at] ^= 1;
        assertThatThrownBy(() -> BundlePackage.verify(new ByteArrayInputStream(zip)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("卷宗.pdf");
    }

    /** A platform key made for the test, signing as {@code PlatformKey} does. */
    private static BundlePackage.Signer signer(java.security.KeyPair pair) {
        return manifest -> {
            try {
                var s = java.security.Signature.getInstance("Ed25519");
                s.initSign(pair.getPrivate());
                s.update(manifest);
                return new BundlePackage.ManifestSignature("Ed25519", "test", java.util.Base64.getEncoder()
                        .encodeToString(pair.getPublic().getEncoded()), java.util.Base64.getEncoder().encodeToString(s.sign()));
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static byte[] signedPack(java.security.KeyPair pair) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BundlePackage.write("（2026）青溪湖畔社人调字第00012号", 2, "钱调解", Instant.parse("2026-11-30T02:00:00Z"),
                "卷宗.pdf", PDF, List.of(new BundlePackage.Original("现场.png", "现场照片", "PHOTO", () -> PHOTO)),
                signer(pair), out);
        return out.toByteArray();
    }

    /** The forger's move: replace a file and write its new hash into manifest.json, keeping the rest. */
    private static byte[] forge(byte[] zip, String path, byte[] replacement) throws IOException {
        java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        String oldSha = org.tiaojie.casework.shared.Digests.sha256(entries.get(path));
        String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8)
                .replace(oldSha, org.tiaojie.casework.shared.Digests.sha256(replacement))
                .replace("\"size\" : " + entries.get(path).length, "\"size\" : " + replacement.length);
        entries.put(path, replacement);
        entries.put("manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
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

    @Test
    void aSignedManifestVerifiesAndARebuiltOneDoesNot() throws Exception {
        var pair = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        BundlePackage.Verification v = BundlePackage.verify(new ByteArrayInputStream(signedPack(pair)));
        assertThat(v.intact()).isTrue();
        assertThat(v.signatureVerdict()).isEqualTo(BundlePackage.SignatureVerdict.VALID);

        // a changed photo with its manifest line rebuilt: every file matches the manifest, the signature does not
        byte[] forged = forge(signedPack(pair), "原件/01-现场.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 9});
        BundlePackage.Verification f = BundlePackage.verify(new ByteArrayInputStream(forged));
        assertThat(f.intact()).as("the forger's manifest agrees with the forged files").isTrue();
        assertThat(f.signatureVerdict()).isEqualTo(BundlePackage.SignatureVerdict.INVALID);

        assertThat(BundlePackage.verify(new ByteArrayInputStream(pack())).signatureVerdict())
                .isEqualTo(BundlePackage.SignatureVerdict.UNSIGNED);
    }

    @Test
    void somethingThatIsNotAPackageIsRefused() {
        assertThatThrownBy(() -> BundlePackage.verify(new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        // deflated: change a byte in the middle of the archive's first entry data instead
        return 60;
    }
}
