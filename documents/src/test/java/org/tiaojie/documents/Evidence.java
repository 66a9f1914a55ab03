package org.tiaojie.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.tiaojie.casework.attachment.AttachmentKind;
import org.tiaojie.casework.attachment.AttachmentRow;
import org.tiaojie.casework.document.CaseDossier;

/** Uploaded files for bundle tests, drawn here: pictures and a PDF of shapes, nothing personal. */
public final class Evidence {

    /** A scanned page as its scanner's JPEG (A4 at 100 dpi). */
    public static final byte[] SCAN = picture("jpeg", 827, 1169, Color.LIGHT_GRAY);

    private Evidence() {
    }

    public static byte[] picture(String format, int width, int height, Color color) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(color);
        g.fillRect(width / 8, height / 8, width * 3 / 4, height * 3 / 4);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] pdf(int pages) {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.setNonStrokingColor(0.2f, 0.3f, 0.6f);
                    cs.addRect(80, 300 + 20 * i, 400, 300);
                    cs.fill();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same JPEG as a page of a scanned PDF, filling the page, as scanners write them. */
    public static byte[] scannedPdf(byte[] jpeg, int pages) {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                var image = org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory.createFromByteArray(doc, jpeg);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A case with an ID copy, two photos, a two-page PDF, a scanned letter and a receipt; bytes by id. */
    public record Case(CaseDossier dossier, Map<Long, byte[]> files) {
    }

    public static Case filed(CaseDossier d, int pdfPages) {
        Map<Long, byte[]> files = new HashMap<>();
        List<AttachmentRow> rows = new ArrayList<>();
        add(rows, files, d, 81, AttachmentKind.IDENTITY, "申请人身份证复印件", "id.jpg", "image/jpeg",
                picture("jpeg", 800, 500, Color.GRAY));
        add(rows, files, d, 82, AttachmentKind.EVIDENCE, "车位占用现场照片", "car.png", "image/png",
                picture("png", 1600, 1200, Color.DARK_GRAY));
        add(rows, files, d, 83, AttachmentKind.EVIDENCE, "物业服务合同", "contract.pdf", "application/pdf", pdf(pdfPages));
        add(rows, files, d, 84, AttachmentKind.PERFORMANCE_PROOF, "补偿款转账凭证", "receipt.png", "image/png",
                picture("png", 600, 900, Color.BLUE));
        add(rows, files, d, 85, AttachmentKind.PETITION_LETTER, "业主来信扫描件", "letter.pdf", "application/pdf",
                scannedPdf(SCAN, 3));
        CaseDossier filed = new CaseDossier(d.disputeId(), d.version(), d.caseNumber(), d.state(), d.tier(), d.channel(),
                d.externalRef(), d.organisation(), d.courtName(), d.categoryName(), d.compoundName(), d.compoundAddress(),
                d.propertyCompanyName(), d.description(), d.amount(), d.supervised(), d.groupDispute(), d.callerName(),
                d.callerPhone(), d.registeredAt(), d.acceptedAt(), d.closedAt(), d.closureType(), d.transferredTo(),
                d.parties(), d.history(), d.sessions(), d.investigations(), d.agreements(), d.visits(), rows, d.clocks());
        return new Case(filed, files);
    }

    private static void add(List<AttachmentRow> rows, Map<Long, byte[]> files, CaseDossier d, long id,
            AttachmentKind kind, String title, String name, String type, byte[] bytes) {
        rows.add(new AttachmentRow(id, d.disputeId(), kind, title, name, type, bytes.length, "", "钱调解",
                Instant.parse("2026-11-05T03:00:00Z")));
        files.put(id, bytes);
    }
}
