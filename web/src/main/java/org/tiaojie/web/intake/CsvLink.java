package org.tiaojie.web.intake;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** A link that downloads a CSV made when it is clicked (a template, an error report, an import's result). */
final class CsvLink {

    private CsvLink() {
    }

    /** The link {@code id} labelled {@code label}; the file is named {@code name} and holds {@code bytes}. */
    static Anchor of(String id, String label, Supplier<String> name, Supplier<byte[]> bytes) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(csv), name.get(), "text/csv", csv.length);
        }), label);
        a.setId(id);
        return a;
    }
}
