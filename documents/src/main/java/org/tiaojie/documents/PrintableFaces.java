package org.tiaojie.documents;

import org.springframework.stereotype.Component;
import org.tiaojie.casework.shared.PrintableText;
import org.tiaojie.documents.pdf.DocumentFonts;

/**
 * Puts the document faces' own coverage behind every text check at entry, so what is accepted on a screen, in the
 * API or in an import is exactly what the documents can print.
 */
@Component
class PrintableFaces {

    PrintableFaces() {
        PrintableText.use(text -> DocumentFonts.shared().missing(text));
    }
}
