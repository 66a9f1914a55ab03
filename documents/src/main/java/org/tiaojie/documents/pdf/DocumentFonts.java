package org.tiaojie.documents.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The TrueType faces documents are set in: Noto Serif SC regular for the text and bold for titles
 * and labels, fetched from the npm registry at build time into the classpath. A parsed font is
 * not safe for two threads, so each concurrent renderer leases its own parsed pair (about 30 MB);
 * at most {@value #KEPT} idle pair is kept for the next renderer, softly (the collector takes it back
 * before the heap runs out), the others left to the collector at once, so a burst of renderers does
 * not stay in the heap (#28: a server in 256 MB). The glyph check, which
 * every entered text passes, never leases a pair: it reads the faces' coverage, one bit per code
 * point, taken once from the first pair parsed.
 */
public final class DocumentFonts {

    private static final String ROOT = "/org/tiaojie/documents/fonts/";
    private static final DocumentFonts SHARED = new DocumentFonts();

    /** Idle parsed pairs kept for the next renderer. */
    static final int KEPT = 1;

    private final ConcurrentLinkedQueue<SoftReference<FontPair>> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();
    private final AtomicInteger parsed = new AtomicInteger();
    /** The code points both faces show (a glyph other than .notdef in each). */
    private final BitSet shown;

    private DocumentFonts() {
        FontPair first = parse(); // fails early, at first use, when the build did not fetch the fonts
        this.shown = coverage(first);
        release(first);
    }

    private static BitSet coverage(FontPair pair) {
        BitSet both = new BitSet(Character.MAX_CODE_POINT + 1);
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (pair.regularMap().getGlyphId(cp) != 0 && pair.boldMap().getGlyphId(cp) != 0) {
                both.set(cp);
            }
        }
        return both;
    }

    /** The fonts of this JVM. */
    public static DocumentFonts shared() {
        return SHARED;
    }

    /** A regular and a bold face, parsed, for one renderer at a time. */
    public record FontPair(TrueTypeFont regular, TrueTypeFont bold, CmapLookup regularMap, CmapLookup boldMap) {
    }

    FontPair lease() {
        for (SoftReference<FontPair> kept = idle.poll(); kept != null; kept = idle.poll()) {
            idleCount.decrementAndGet();
            FontPair pair = kept.get();
            if (pair != null) {
                return pair;
            }
        }
        return parse();
    }

    void release(FontPair pair) {
        if (idleCount.incrementAndGet() <= KEPT) {
            idle.offer(new SoftReference<>(pair));
        } else {
            idleCount.decrementAndGet(); // enough kept: this one goes to the collector
        }
    }

    /** How many parsed pairs wait for a renderer now (at most {@value #KEPT}; the collector may have taken it). */
    int idleCount() {
        return idleCount.get();
    }

    /** How many font pairs this JVM has parsed (one per renderer that ever ran at the same time). */
    public int parsedCount() {
        return parsed.get();
    }

    /**
     * The characters of {@code text} that the document faces cannot show, in order of appearance.
     * Line breaks and tabs are layout, not characters, and never count.
     */
    public Set<String> missing(String text) {
        if (text == null || text.isEmpty()) {
            return Set.of();
        }
        Set<String> missing = new LinkedHashSet<>();
        text.codePoints().forEach(cp -> {
            if (cp != '\n' && cp != '\r' && cp != '\t' && !shown.get(cp)) {
                missing.add(new String(Character.toChars(cp)));
            }
        });
        return missing;
    }

    /**
     * Checks every field's text before anything is drawn; the exception names each field and the
     * characters it holds that no face can show.
     */
    public void check(Map<String, String> fields) {
        List<MissingGlyphsException.Gap> gaps = new ArrayList<>();
        fields.forEach((field, text) -> {
            Set<String> chars = missing(text);
            if (!chars.isEmpty()) {
                gaps.add(new MissingGlyphsException.Gap(field, List.copyOf(chars)));
            }
        });
        if (!gaps.isEmpty()) {
            throw new MissingGlyphsException(gaps);
        }
    }

    private FontPair parse() {
        try {
            // the parser copies the file into its own buffer, so the bytes read here are garbage at once
            TrueTypeFont r = new TTFParser().parse(new RandomAccessReadBuffer(read("NotoSerifSC_400Regular.ttf")));
            TrueTypeFont b = new TTFParser().parse(new RandomAccessReadBuffer(read("NotoSerifSC_700Bold.ttf")));
            // no glyph substitution: horizontal Chinese needs none, and the Latin ligatures PDFBox
            // would apply (ff, fi) have no code point, so “e1ff8e” in a SHA-256 would copy as “e18e”
            r.setEnableGsub(false);
            b.setEnableGsub(false);
            parsed.incrementAndGet();
            return new FontPair(r, b, r.getUnicodeCmapLookup(), b.getUnicodeCmapLookup());
        } catch (IOException e) {
            throw new UncheckedIOException("the document fonts cannot be parsed", e);
        }
    }

    private static byte[] read(String name) {
        try (InputStream in = DocumentFonts.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " is not on the classpath; the documents module "
                        + "fetches it from the npm registry when it is built");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
