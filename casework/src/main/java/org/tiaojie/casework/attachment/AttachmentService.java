package org.tiaojie.casework.attachment;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiaojie.casework.dispute.DisputeActivity;
import org.tiaojie.casework.dispute.DisputeQueryService;
import org.tiaojie.casework.dispute.DisputeService;
import org.tiaojie.casework.dispute.DisputeState;
import org.tiaojie.casework.shared.CaseworkException;
import org.tiaojie.casework.shared.Digests;
import org.tiaojie.casework.shared.Fields;

/**
 * Evidence and other files of a case. A file is accepted by what its bytes are (PDF, JPEG or
 * PNG, detected by Apache Tika from the content, whatever its name says) and by size; its
 * SHA-256 is kept so that a bundle's receiver can verify it.
 */
@Service
public class AttachmentService {

    private final org.tiaojie.casework.account.PeopleNames people;

    /** What may be uploaded, by detected content type. */
    public static final Set<String> ACCEPTED_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

    /** The states in which files may still be added to a case. */
    public static final Set<DisputeState> FILE_OPEN = EnumSet.of(DisputeState.REGISTERED, DisputeState.ACCEPTED,
            DisputeState.IN_MEDIATION, DisputeState.SUSPENDED, DisputeState.AGREED, DisputeState.FAILED,
            DisputeState.REFERRED_TO_COURT, DisputeState.CLOSED, DisputeState.REVISITED);

    private final AttachmentRepository attachments;
    private final AttachmentDataRepository data;
    private final DisputeService disputes;
    private final DisputeQueryService queries;
    private final long maxBytes;
    private final org.tiaojie.casework.audit.AuditService audit;
    private final Tika tika = new Tika();

    AttachmentService(AttachmentRepository attachments, AttachmentDataRepository data, DisputeService disputes,
            DisputeQueryService queries, org.tiaojie.casework.audit.AuditService audit,
            @Value("${tiaojie.attachments.max-bytes:10485760}") long maxBytes, org.tiaojie.casework.account.PeopleNames people) {
        this.people = people;
        this.audit = audit;
        this.attachments = attachments;
        this.data = data;
        this.disputes = disputes;
        this.queries = queries;
        this.maxBytes = maxBytes;
    }

    /** The largest file accepted, in bytes (the upload field shows it too). */
    public long maxBytes() {
        return maxBytes;
    }

    /** Adds a file to a case the user's organisation handles; returns its id. Nothing is kept when it is refused. */
    @PreAuthorize("hasAnyRole('MEDIATOR','ADMIN')")
    public long upload(long disputeId, long version, AttachmentKind kind, String title, String fileName, byte[] bytes) {
        String type = check(fileName, bytes);
        AttachmentKind k = Fields.present(kind, "field.attachmentKind");
        if (k == AttachmentKind.SIGNED_COPY) {
            throw new CaseworkException("attachment.signedCopyOfDocument");
        }
        String name = Fields.required(fileName, 200, "field.fileName");
        String t = Fields.optional(title, 100, "field.attachmentTitle");
        return disputes.work(disputeId, version, (d, now, actor) -> {
            d.requireState(FILE_OPEN, "attachment.fileClosed");
            CaseAttachment saved = attachments.save(new CaseAttachment(disputeId, k, t == null ? name : t, name, type,
                    bytes.length, Digests.sha256(bytes), now, actor));
            data.save(new AttachmentData(saved.getId(), bytes));
            d.note(DisputeActivity.EVIDENCE_ADDED, t == null ? name : t, now, actor);
            return saved.getId();
        });
    }

    /**
     * Adds a file checked with {@link #check} to a case inside a caller's work on it (the court's
     * ruling when its outcome is recorded); returns its id.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public long attach(org.tiaojie.casework.dispute.Dispute d, AttachmentKind kind, String title, String fileName,
            byte[] bytes, java.time.Instant now, String actor) {
        String type = check(fileName, bytes);
        String name = Fields.required(fileName, 200, "field.fileName");
        CaseAttachment saved = attachments.save(new CaseAttachment(d.getId(), kind, title, name, type, bytes.length,
                Digests.sha256(bytes), now, actor));
        data.save(new AttachmentData(saved.getId(), bytes));
        d.note(DisputeActivity.EVIDENCE_ADDED, title, now, actor);
        return saved.getId();
    }

    /**
     * Adds the scan of a stored document's signed paper inside a caller's work on the case (the caller checks that
     * the version belongs to it); returns its id. Checked like any upload.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public long attachSignedCopy(org.tiaojie.casework.dispute.Dispute d, long documentId, String title,
            String fileName, byte[] bytes, java.time.Instant now, String actor) {
        String type = check(fileName, bytes);
        String name = Fields.required(fileName, 200, "field.fileName");
        d.requireState(FILE_OPEN, "attachment.fileClosed");
        CaseAttachment saved = attachments.save(new CaseAttachment(d.getId(), documentId, title, name, type,
                bytes.length, Digests.sha256(bytes), now, actor));
        data.save(new AttachmentData(saved.getId(), bytes));
        d.note(DisputeActivity.EVIDENCE_ADDED, title, now, actor);
        return saved.getId();
    }

    /** The detected content type, or a refusal that says what was wrong with the file. */
    public String check(String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new CaseworkException("attachment.empty");
        }
        if (bytes.length > maxBytes) {
            throw new CaseworkException("attachment.tooLarge", maxBytes / (1024 * 1024));
        }
        String type = tika.detect(bytes);
        if (!ACCEPTED_TYPES.contains(type)) {
            throw new CaseworkException("attachment.type", fileName == null ? "" : fileName);
        }
        return type;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AttachmentRow> list(long disputeId) {
        queries.find(disputeId);
        return attachments.findByDispute(disputeId).stream().map(a -> a.row(people::name)).toList();
    }

    public static final String OPEN_ATTACHMENT = "OPEN_ATTACHMENT";

    /** The file itself, for a viewer who may see its case. */
    public record Content(String fileName, String contentType, byte[] bytes) {
    }

    /** The file itself; opening it is audited (identity papers and evidence are personal data). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Content content(long attachmentId) {
        CaseAttachment a = attachments.findById(attachmentId)
                .orElseThrow(() -> new CaseworkException("attachment.notFound"));
        queries.find(a.getDisputeId());
        AttachmentRow row = a.row(people::name);
        audit.record(org.tiaojie.casework.account.CurrentUser.require().username(), OPEN_ATTACHMENT, a.getDisputeId(),
                row.kind() + " " + row.fileName());
        return new Content(row.fileName(), row.contentType(), data.findById(attachmentId)
                .orElseThrow(() -> new CaseworkException("attachment.destroyed")).data());
    }

    /** For other casework features: the attachment belongs to the dispute (e.g. a term's performance proof). */
    @Transactional(readOnly = true)
    public boolean belongsTo(long attachmentId, long disputeId) {
        return attachments.findById(attachmentId).filter(a -> a.getDisputeId() == disputeId).isPresent();
    }
}
