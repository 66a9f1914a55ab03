package org.tiaojie.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The faces' memory stays bounded however many texts are checked and renderers run at once (#28, 256 MB). */
class DocumentFontsTest {

    private final DocumentFonts fonts = DocumentFonts.shared();

    @Test
    void checkingTextFromManyThreadsParsesNoFontPair() throws Exception {
        int before = fonts.parsedCount();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> all = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                all.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        assertThat(fonts.missing("3号楼顶渗水，赵孟𫖯反映已" + i + "天")).isEmpty();
                        assertThat(fonts.missing("漏水😀")).containsExactly("😀");
                    }
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(fonts.parsedCount()).isEqualTo(before);
    }

    @Test
    void aBurstOfRenderersLeavesOnePairKept() {
        List<DocumentFonts.FontPair> leased = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            leased.add(fonts.lease());
        }
        assertThat(leased).doesNotHaveDuplicates();
        leased.forEach(fonts::release);
        assertThat(fonts.idleCount()).isEqualTo(DocumentFonts.KEPT);
        // the kept pair serves the next renderer without parsing
        int parsed = fonts.parsedCount();
        fonts.release(fonts.lease());
        assertThat(fonts.parsedCount()).isEqualTo(parsed);
    }

    @Test
    void coverageIsTheCharactersBothFacesShow() {
        assertThat(fonts.missing("人民调解协议书 ABC 123，。（）")).isEmpty();
        assertThat(fonts.missing("\uE000")).containsExactly("\uE000"); // private use: in no face
        assertThat(fonts.missing("a\nb\tc")).isEmpty(); // layout, not characters
    }
}
