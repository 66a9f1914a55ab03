package org.tiaojie.casework.document;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.account.AuthenticatedUser;
import org.tiaojie.casework.account.CurrentUser;
import org.tiaojie.casework.audit.AuditService;
import org.tiaojie.casework.dispute.Dispute;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.shared.Digests;

/**
 * Keeps the generated documents of a case. Each generation is a new version; earlier versions
 * stay readable. Versions of one document are numbered under the dispute's row lock, so two
 * people generating at once get versions n and n + 1, never the same number.
 */
@Service
public class CaseDocumentService {

    private final org.tiaojie.casework.account.PeopleNames people;

    public static final String GENERATE = "GENERATE_DOCUMENT";
    public static final String OPEN = "OPEN_DOCUMENT";

    private final CaseDocumentRepository documents;
    private final DocumentDataRepository data;
    private final DisputeQueryService queries;
    private final AuditService audit;
    private final EntityManager em;
    private final Clock clock;

    private final org.tiaojie.casework.dispute.DisputeService disputes;
    private final org.tiaojie.casework.attachment.AttachmentService attachments;

    CaseDocumentService(CaseDocumentRepository documents, DocumentDataRepository data, DisputeQueryService queries,
            AuditService audit, EntityManager em, Clock clock, org.tiaojie.casework.account.PeopleNames people,
            org.tiaojie.casework.dispute.DisputeService disputes,
            org.tiaojie.casework.attachment.AttachmentService attachments) {
        this.disputes = disputes;
        this.attachments = attachments;
        this.people = people;
        this.documents = documents;
        this.data = data;
        this.queries = queries;
        this.audit = audit;
        this.em = em;
        this.clock = clock;
    }

    /** A rendered document, ready to keep. */
    public record Rendered(DocumentKind kind, Long recordId, String title, String fileName, int pages, byte[] pdf) {
    }

    /** Keeps a new version of a document; the generation is audited (documents carry full identities). */
    @PreAuthorize("hasAnyRole('MEDIATOR','SUPERVISOR','ADMIN')")
    @Transactional
    public DocumentRow store(long disputeId, Rendered doc) {
        AuthenticatedUser user = CurrentUser.require();
        queries.find(disputeId);
        return keepAs(disputeId, doc, Instant.now(clock), user.username());
    }

    /**
     * The version itself, in the caller's transaction: numbered under the dispute's row lock, kept and audited as
     * made by {@code actor} at {@code at} (the body of {@link #store}; the demo district prints its documents here).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public DocumentRow keepAs(long disputeId, Rendered doc, Instant at, String actor) {
        em.find(Dispute.class, disputeId, LockModeType.PESSIMISTIC_WRITE);
        long record = doc.recordId() == null ? 0 : doc.recordId();
        int version = documents.lastVersion(disputeId, doc.kind(), record) + 1;
        CaseDocument saved = documents.save(new CaseDocument(disputeId, doc.kind(), record, version, doc.title(),
                doc.fileName(), doc.pages(), doc.pdf().length, Digests.sha256(doc.pdf()), actor, at));
        data.save(new DocumentData(saved.getId(), doc.pdf()));
        audit.record(actor, GENERATE, disputeId, doc.kind() + " v" + version);
        return saved.row(people::name);
    }

    /**
     * 上传签字件: the scan of a stored version's signed paper (parties' signatures, the committee's seal), added to
     * the case by its handling mediator; the 卷宗 files it in the document's place. A 卷宗 takes none.
     */
    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public long uploadSignedCopy(long documentId, long version, String fileName, byte[] bytes) {
        CaseDocument doc = documents.findById(documentId).orElseThrow(() -> new CaseworkException("document.notFound"));
        queries.find(doc.getDisputeId());
        DocumentRow row = doc.row(people::name);
        if (row.kind() == DocumentKind.BUNDLE) {
            throw new CaseworkException("document.signedCopyOfBundle");
        }
        return disputes.work(row.disputeId(), version, (d, now, actor) -> attachments.attachSignedCopy(d, documentId,
                row.title() + " 第" + row.version() + "版 签字件", fileName, bytes, now, actor));
    }

    /** Every version of every document of a case, newest version of each first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DocumentRow> list(long disputeId) {
        queries.find(disputeId);
        return documents.findByDispute(disputeId).stream().map(r -> r.row(people::name)).toList();
    }

    /** One stored version, for a viewer who may see its case. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public DocumentRow find(long documentId) {
        CaseDocument doc = documents.findById(documentId)
                .orElseThrow(() -> new CaseworkException("document.notFound"));
        queries.find(doc.getDisputeId());
        return doc.row(people::name);
    }

    /** The PDF of one version, for a viewer who may see its case; audited. */
    public record Content(String fileName, byte[] bytes) {
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Content content(long documentId) {
        CaseDocument doc = documents.findById(documentId)
                .orElseThrow(() -> new CaseworkException("document.notFound"));
        queries.find(doc.getDisputeId());
        DocumentRow row = doc.row(people::name);
        audit.record(CurrentUser.require().username(), OPEN, row.disputeId(), row.kind() + " v" + row.version());
        return new Content(row.fileName(), data.findById(documentId)
                .orElseThrow(() -> new CaseworkException("document.destroyed")).data());
    }
}
