package org.tiaojie.documents;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;

import jakarta.annotation.PreDestroy;

import org.tiaojie.casework.shared.CaseworkMessages;
import org.tiaojie.casework.supervision.SupervisionRow;
import org.tiaojie.casework.retention.RetentionService;
import org.tiaojie.casework.supervision.SupervisionQueryService;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import java.time.LocalDate;

import org.springframework.security.access.AccessDeniedException;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.account.Role;
import org.tiaojie.documents.template.Words;
import org.tiaojie.casework.attachment.AttachmentService;
import org.tiaojie.documents.pdf.BundlePackage;
import org.tiaojie.documents.pdf.BundleWriter;
import org.tiaojie.documents.template.BundleTemplate;
import org.tiaojie.casework.document.CaseDocumentService;
import org.tiaojie.casework.document.CaseDossier;
import org.tiaojie.casework.document.CaseDossierService;
import org.tiaojie.casework.document.DocumentKind;
import org.tiaojie.casework.document.DocumentRow;
import org.tiaojie.documents.pdf.Doc;
import org.tiaojie.documents.pdf.DocumentFonts;
import org.tiaojie.documents.pdf.PdfRenderer;
import org.tiaojie.documents.template.DocumentTemplates;

/**
 * Generates a case's documents: reads the case (inside the user's jurisdiction), writes the
 * document's content, renders it outside any transaction, and keeps it as a new version.
 */
@Service
public class DocumentService {

    private final SupervisionQueryService supervisions;
    private final CaseDossierService dossiers;
    private final CaseDocumentService store;
    private final Clock clock;
    private final PdfRenderer renderer = new PdfRenderer(DocumentFonts.shared());
    private final AttachmentService attachments;
    private final RetentionService retention;
    /** Bundles are laid out one or two at a time, never on a request thread. */
    private final ExecutorService bundles = Executors.newFixedThreadPool(2, Thread.ofPlatform().daemon()
            .name("bundle-", 1).factory());

    private final PlatformKey platformKey;

    DocumentService(CaseDossierService dossiers, CaseDocumentService store, AttachmentService attachments, Clock clock,
            SupervisionQueryService supervisions, PlatformKey platformKey, RetentionService retention) {
        this.platformKey = platformKey;
        this.supervisions = supervisions;
        this.dossiers = dossiers;
        this.store = store;
        this.attachments = attachments;
        this.clock = clock;
        this.retention = retention;
    }

    @PreDestroy
    void stop() {
        bundles.shutdownNow();
    }

    /**
     * The documents the case can have now, from the case file already read; a supervisor also sees
     * the 督办通知单 where a supervision is open.
     */
    public List<DocumentTemplates.Available> available(org.tiaojie.casework.casefile.CaseFile file) {
        List<DocumentTemplates.Available> all = new java.util.ArrayList<>(DocumentTemplates.available(file.dossier()));
        if (CurrentUser.require().has(Role.SUPERVISOR) && file.supervisions().stream().anyMatch(r -> r.state().open())) {
            all.add(new DocumentTemplates.Available(DocumentKind.SUPERVISION_NOTICE, null, 0));
        }
        return all;
    }

    /**
     * Renders and keeps a new version. A character the fonts lack is refused before anything is
     * kept ({@link org.tiaojie.documents.pdf.MissingGlyphsException} names field and character).
     */
    public DocumentRow generate(long disputeId, DocumentKind kind, Long recordId) {
        return store.store(disputeId, render(dossiers.dossier(disputeId), kind, recordId, Instant.now(clock)));
    }

    /** A document of the case as of {@code at}, rendered and not yet kept. */
    CaseDocumentService.Rendered render(CaseDossier dossier, DocumentKind kind, Long recordId, Instant at) {
        Doc doc = kind == DocumentKind.SUPERVISION_NOTICE ? supervisionNotice(dossier)
                : DocumentTemplates.build(dossier, kind, recordId);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        int pages = renderer.render(doc, at, out);
        return new CaseDocumentService.Rendered(kind, recordId, doc.title(), fileName(doc.title(), dossier.caseNumber()),
                pages, out.toByteArray());
    }

    /** The notice of the dispute's open supervision (refused when it has none: issue one first). */
    private Doc supervisionNotice(CaseDossier dossier) {
        var user = CurrentUser.require();
        if (!user.has(Role.SUPERVISOR)) {
            throw new AccessDeniedException("only supervisors send a 督办通知单");
        }
        SupervisionRow open = openSupervision(dossier.disputeId());
        if (open == null) {
            throw new DocumentTemplates.NotAvailable(DocumentKind.SUPERVISION_NOTICE);
        }
        return DocumentTemplates.supervisionNotice(dossier, notice(open));
    }

    private SupervisionRow openSupervision(long disputeId) {
        return supervisions.forDispute(disputeId).stream().filter(r -> r.state().open()).reduce((a, b) -> b)
                .orElse(null);
    }

    /**
     * The 督办通知单 of any supervision the user may see, rendered now (a compound's supervision has
     * no case file to keep it in): file name and PDF.
     */
    public Rendered supervisionNotice(long supervisionId) {
        SupervisionRow row = supervisions.find(supervisionId);
        CaseDossier dossier = row.disputeId() == null ? null : dossiers.dossier(row.disputeId());
        Doc doc = DocumentTemplates.supervisionNotice(dossier, notice(row));
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        renderer.render(doc, Instant.now(clock), out);
        return new Rendered(fileName(doc.title(), row.noticeNumber()), out.toByteArray());
    }

    /**
     * A list as an A4 PDF made on request (the rankings' export): title, issuer, a line on what it
     * covers, and the table with its header repeated on every page. A character the fonts lack is
     * refused before anything is written.
     */
    public Rendered table(String title, String issuer, String note, List<String> headers, List<Float> weights,
            List<List<String>> rows, String fileSuffix) {
        List<org.tiaojie.documents.pdf.Block.Column> columns = new java.util.ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            columns.add(new org.tiaojie.documents.pdf.Block.Column(headers.get(i), weights.get(i)));
        }
        Doc doc = Doc.builder(title, issuer).paragraph("说明", note)
                .table(new org.tiaojie.documents.pdf.Block.Table(title, columns, rows, false)).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        renderer.render(doc, Instant.now(clock), out);
        return new Rendered(fileName(title, fileSuffix), out.toByteArray());
    }

    /** A document made on request and not kept. */
    public record Rendered(String fileName, byte[] pdf) {
    }

    private static DocumentTemplates.Supervision notice(SupervisionRow r) {
        java.util.Locale zh = java.util.Locale.SIMPLIFIED_CHINESE;
        return new DocumentTemplates.Supervision(r.noticeNumber(), r.issuerName(),
                r.issuedAt().atZone(Words.CHINA).toLocalDate(), CaseworkMessages.label(zh, r.level()),
                CaseworkMessages.label(zh, r.trigger()), r.reason(), r.instruction(), r.dueDate(), r.responsibleName(),
                r.leader(), r.compoundName());
    }

    /**
     * Builds the case's bundle (卷宗) on a background thread as the current user; {@code progress}
     * hears (items placed, items in all). Pages go through temporary files while the bundle is
     * laid out; the finished PDF is kept as a new version of the BUNDLE document.
     */
    public CompletableFuture<DocumentRow> generateBundle(long disputeId, BiConsumer<Integer, Integer> progress) {
        SecurityContext context = SecurityContextHolder.getContext();
        return CompletableFuture.supplyAsync(() -> {
            SecurityContextHolder.setContext(context);
            try {
                return bundle(disputeId, progress);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }, bundles);
    }

    DocumentRow bundle(long disputeId, BiConsumer<Integer, Integer> progress) {
        var user = CurrentUser.require();
        return store.store(disputeId, renderBundle(dossiers.dossier(disputeId), user.displayName(), Instant.now(clock),
                progress));
    }

    /**
     * The case's 卷宗 as of {@code at}, compiled by {@code compiler}: laid out page by page through a temporary
     * file, rendered and not yet kept.
     */
    CaseDocumentService.Rendered renderBundle(CaseDossier dossier, String compiler, Instant at,
            BiConsumer<Integer, Integer> progress) {
        var items = BundleTemplate.items(dossier, id -> attachments.content(id).bytes(), kept(dossier));
        java.nio.file.Path file = null;
        try {
            file = java.nio.file.Files.createTempFile("tiaojie-bundle-", ".pdf");
            BundleWriter.Result result;
            try (var out = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(file))) {
                result = new BundleWriter(DocumentFonts.shared()).write("人民调解卷宗 " + dossier.caseNumber(),
                        dossier.organisation() == null ? "" : dossier.organisation().name(), at, items,
                        BundleTemplate.frame(dossier, compiler, at,
                                RetentionService.label(retention.monthsFor(dossier.disputeId()))), out, progress);
            }
            return new CaseDocumentService.Rendered(DocumentKind.BUNDLE, null, "人民调解卷宗",
                    fileName("人民调解卷宗", dossier.caseNumber()), result.totalPages(),
                    java.nio.file.Files.readAllBytes(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    java.nio.file.Files.deleteIfExists(file);
                } catch (java.io.IOException ignored) {
                    // a temporary file; the system cleans it up
                }
            }
        }
    }

    /**
     * What the bundle files for each document of the case: the newest scan of its signed paper where one was
     * uploaded (of any version), else its newest stored version as it was printed, rather than writing it again
     * from today's data.
     */
    private BundleTemplate.Kept kept(CaseDossier dossier) {
        java.util.Map<String, DocumentRow> newest = new java.util.HashMap<>();
        java.util.Map<Long, DocumentRow> versions = new java.util.HashMap<>();
        for (DocumentRow row : store.list(dossier.disputeId())) {
            versions.put(row.id(), row);
            newest.merge(row.kind() + "/" + recordKey(row.recordId()), row,
                    (a, b) -> a.version() >= b.version() ? a : b);
        }
        java.util.Map<String, org.tiaojie.casework.attachment.AttachmentRow> scans = new java.util.HashMap<>();
        for (var a : dossier.attachments()) {
            DocumentRow of = a.documentId() == null ? null : versions.get(a.documentId());
            if (a.kind() == org.tiaojie.casework.attachment.AttachmentKind.SIGNED_COPY && of != null) {
                scans.merge(of.kind() + "/" + recordKey(of.recordId()), a,
                        (x, y) -> x.uploadedAt().isAfter(y.uploadedAt()) ? x : y);
            }
        }
        return (kind, recordId, title) -> {
            String key = kind + "/" + recordKey(recordId);
            var scan = scans.get(key);
            if (scan != null) {
                DocumentRow of = versions.get(scan.documentId());
                return java.util.Optional.of(new BundleWriter.FileItem(title, scan.fileName(), scan.contentType(),
                        () -> attachments.content(scan.id()).bytes(), "签字件扫描（第" + of.version() + "版）"));
            }
            return java.util.Optional.ofNullable(newest.get(key))
                    .map(row -> new BundleWriter.StoredItem(title, "存档第" + row.version() + "版",
                            () -> store.content(row.id()).bytes()));
        };
    }

    private static long recordKey(Long recordId) {
        return recordId == null ? 0 : recordId;
    }

    /**
     * Writes a bundle version as its delivery package (ZIP: the PDF, the originals it was built
     * from, manifest.json with SHA-256 for each). Originals added after the bundle was built are
     * not in it, as they are not in its 备考表.
     */
    public void writePackage(long bundleDocumentId, java.io.OutputStream out) {
        DocumentRow row = store.find(bundleDocumentId);
        if (row.kind() != DocumentKind.BUNDLE) {
            throw new DocumentTemplates.NotAvailable(DocumentKind.BUNDLE);
        }
        CaseDossier dossier = dossiers.dossier(row.disputeId());
        List<BundlePackage.Original> originals = dossier.attachments().stream()
                .filter(a -> !a.uploadedAt().isAfter(row.createdAt()))
                .map(a -> new BundlePackage.Original(a.fileName(), a.title(), a.kind().name(),
                        () -> attachments.content(a.id()).bytes()))
                .toList();
        BundlePackage.write(dossier.caseNumber(), row.version(), row.createdBy(), row.createdAt(), row.fileName(),
                store.content(bundleDocumentId).bytes(), originals, platformKey, out);
    }

    /** The package's file name: the bundle's, as a ZIP. */
    public static String packageName(DocumentRow bundle) {
        return bundle.fileName().replaceAll("\\.pdf$", "") + ".zip";
    }

    static String fileName(String title, String caseNumber) {
        String number = caseNumber == null ? "" : "-" + caseNumber.replaceAll("[\\\\/:*?\"<>|\\s]", "");
        return title + number + ".pdf";
    }
}
