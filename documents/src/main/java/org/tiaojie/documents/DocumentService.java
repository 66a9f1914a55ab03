package org.tiaojie.documents;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
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

    private final CaseDossierService dossiers;
    private final CaseDocumentService store;
    private final Clock clock;
    private final PdfRenderer renderer = new PdfRenderer(DocumentFonts.shared());

    DocumentService(CaseDossierService dossiers, CaseDocumentService store, Clock clock) {
        this.dossiers = dossiers;
        this.store = store;
        this.clock = clock;
    }

    /** The documents the case can have now. */
    public List<DocumentTemplates.Available> available(long disputeId) {
        return DocumentTemplates.available(dossiers.dossier(disputeId));
    }

    /**
     * Renders and keeps a new version. A character the fonts lack is refused before anything is
     * kept ({@link org.tiaojie.documents.pdf.MissingGlyphsException} names field and character).
     */
    public DocumentRow generate(long disputeId, DocumentKind kind, Long recordId) {
        CaseDossier dossier = dossiers.dossier(disputeId);
        Doc doc = DocumentTemplates.build(dossier, kind, recordId);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        int pages = renderer.render(doc, Instant.now(clock), out);
        return store.store(disputeId, new CaseDocumentService.Rendered(kind, recordId, doc.title(),
                fileName(doc.title(), dossier.caseNumber()), pages, out.toByteArray()));
    }

    static String fileName(String title, String caseNumber) {
        String number = caseNumber == null ? "" : "-" + caseNumber.replaceAll("[\\\\/:*?\"<>|\\s]", "");
        return title + number + ".pdf";
    }
}
