package org.tiaojie.documents.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import javax.xml.transform.TransformerException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.DateConverter;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Makes a document PDF/A-2b: XMP metadata that agrees with the document information, and an
 * sRGB output intent (the JDK's own sRGB profile). Fonts are embedded by the {@link Typesetter}.
 */
public final class Archival {

    static final String PRODUCER = "Tiaojie 物业纠纷调解 (Apache PDFBox)";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private Archival() {
    }

    public static void apply(PDDocument pdf, String title, String author, Instant at) {
        try {
            pdf.getDocument().setVersion(1.7f);
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone(CHINA));
            when.setTimeInMillis(at.toEpochMilli() / 1000 * 1000);

            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor(author);
            info.setCreator("Tiaojie");
            info.setProducer(PRODUCER);
            info.setCreationDate(when);
            info.setModificationDate(when);

            PDMetadata metadata = new PDMetadata(pdf);
            metadata.importXMPMetadata(xmp(title, author, when));
            pdf.getDocumentCatalog().setMetadata(metadata);
            pdf.getDocumentCatalog().setLanguage("zh-CN");

            PDOutputIntent intent = new PDOutputIntent(pdf, new ByteArrayInputStream(SRGB));
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            pdf.getDocumentCatalog().addOutputIntent(intent);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The XMP packet. xmpbox's serializer looks up XML factories on every call (about 14 ms), so
     * the packet is serialized once with placeholder values and filled in per document.
     */
    static byte[] xmp(String title, String author, Calendar when) {
        String date = DateConverter.toISO8601(when);
        return TEMPLATE.replace(TITLE, escape(title)).replace(AUTHOR, escape(author)).replace(DATE, date)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static final String TITLE = "TIAOJIE-TITLE-PLACEHOLDER";
    private static final String AUTHOR = "TIAOJIE-AUTHOR-PLACEHOLDER";
    private static final String DATE;
    private static final String TEMPLATE;

    static {
        Calendar sentinel = new GregorianCalendar(TimeZone.getTimeZone(CHINA));
        sentinel.setTimeInMillis(946_684_800_000L);
        DATE = DateConverter.toISO8601(sentinel);
        try {
            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setTitle(TITLE);
            dc.addCreator(AUTHOR);
            dc.setFormat("application/pdf");
            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreatorTool("Tiaojie");
            basic.setCreateDate(sentinel);
            basic.setModifyDate(sentinel);
            AdobePDFSchema adobe = xmp.createAndAddAdobePDFSchema();
            adobe.setProducer(PRODUCER);
            PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
            id.setPart(2);
            id.setConformance("B");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            TEMPLATE = out.toString(StandardCharsets.UTF_8);
        } catch (BadFieldValueException | TransformerException e) {
            throw new IllegalStateException("XMP metadata cannot be written", e);
        }
        if (!TEMPLATE.contains(DATE)) {
            throw new IllegalStateException("XMP dates are not written as DateConverter writes them");
        }
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
