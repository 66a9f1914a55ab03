package org.tiaojie.documents;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.documents.pdf.BundlePackage;

/**
 * 核验 of a 卷宗包 as the platform knows it, not as the package describes itself: each file against the manifest,
 * the manifest's signature against the platform's key, and the bundle PDF and each original against the hashes the
 * platform registered when it kept them (the bundle version's, and each attachment's at upload, which the 备考表
 * prints). A package whose file was changed and whose manifest was rebuilt to match fails the last two.
 */
@Service
public class PackageCheck {

    private final PlatformKey key;
    private final JdbcTemplate jdbc;
    private final DisputeQueryService disputes;

    PackageCheck(PlatformKey key, JdbcTemplate jdbc, DisputeQueryService disputes) {
        this.key = key;
        this.jdbc = jdbc;
        this.disputes = disputes;
    }

    /** Why a package is not trusted, each with the file it concerns (or null for the package as a whole). */
    public enum Problem {
        /** A file differs from its line in the manifest, is missing, or is not listed. */
        FILE,
        /** The manifest carries no signature. */
        UNSIGNED,
        /** The signature does not match the manifest: one of them was changed after sending. */
        BAD_SIGNATURE,
        /** Signed, but not with this platform's key. */
        FOREIGN_KEY,
        /** The case number names no case the reader may see. */
        UNKNOWN_CASE,
        /** The bundle PDF is no version the platform kept of this case's bundle. */
        BUNDLE_NOT_REGISTERED,
        /** An original is not a file the platform holds for this case. */
        ORIGINAL_NOT_REGISTERED
    }

    public record Finding(Problem problem, String path) {
    }

    /** The manifest check as the package itself tells it, and what the platform found besides. */
    public record Result(BundlePackage.Verification files, List<Finding> findings) {
        public boolean trusted() {
            return findings.isEmpty();
        }
    }

    /** The platform's public key and its id, for a receiver checking packages elsewhere. */
    public record PublicKey(String algorithm, String keyId, String publicKey) {
    }

    @PreAuthorize("isAuthenticated()")
    public PublicKey publicKey() {
        return new PublicKey(PlatformKey.ALGORITHM, key.keyId(), key.publicKey());
    }

    /**
     * Checks a package as downloaded; refused with an {@link IllegalArgumentException} when it is no readable
     * package (see {@link BundlePackage#verify}).
     */
    @PreAuthorize("isAuthenticated()")
    public Result check(byte[] zip) {
        BundlePackage.Verification v = BundlePackage.verify(new ByteArrayInputStream(zip));
        List<Finding> findings = new ArrayList<>();
        v.files().stream().filter(f -> f.verdict() != BundlePackage.Verdict.OK)
                .forEach(f -> findings.add(new Finding(Problem.FILE, f.path())));
        v.unlisted().forEach(path -> findings.add(new Finding(Problem.FILE, path)));
        switch (v.signatureVerdict()) {
            case UNSIGNED -> findings.add(new Finding(Problem.UNSIGNED, null));
            case INVALID -> findings.add(new Finding(Problem.BAD_SIGNATURE, null));
            case VALID -> {
                if (!key.keyId().equals(v.signature().keyId()) || !key.publicKey().equals(v.signature().publicKey())) {
                    findings.add(new Finding(Problem.FOREIGN_KEY, null));
                }
            }
        }
        Long disputeId = jdbc.query("select id from dispute where case_number = ?", rs -> rs.next() ? rs.getLong(1) : null,
                v.caseNumber());
        if (disputeId == null) {
            findings.add(new Finding(Problem.UNKNOWN_CASE, null));
            return new Result(v, List.copyOf(findings));
        }
        try {
            disputes.find(disputeId); // the reader's jurisdiction: refused and logged outside it
        } catch (org.springframework.security.access.AccessDeniedException
                | org.tiaojie.casework.shared.CaseworkException outside) {
            // a case the reader may not see is, to them, no case: its existence is not told
            findings.add(new Finding(Problem.UNKNOWN_CASE, null));
            return new Result(v, List.copyOf(findings));
        }
        Set<String> bundles = new HashSet<>(jdbc.queryForList(
                "select sha256 from case_document where dispute_id = ? and kind = 'BUNDLE'", String.class, disputeId));
        Set<String> originals = new HashSet<>(jdbc.queryForList(
                "select sha256 from case_attachment where dispute_id = ?", String.class, disputeId));
        for (BundlePackage.FileCheck f : v.files()) {
            if (f.actualSha256() == null) {
                continue;
            }
            boolean original = f.path().startsWith("原件/");
            if (original && !originals.contains(f.actualSha256())) {
                findings.add(new Finding(Problem.ORIGINAL_NOT_REGISTERED, f.path()));
            } else if (!original && !bundles.contains(f.actualSha256())) {
                findings.add(new Finding(Problem.BUNDLE_NOT_REGISTERED, f.path()));
            }
        }
        return new Result(v, List.copyOf(findings));
    }
}
