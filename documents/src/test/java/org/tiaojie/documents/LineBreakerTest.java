package org.tiaojie.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tiaojie.documents.pdf.LineBreaker;

class LineBreakerTest {

    /** Han characters and full-width marks one unit wide, Latin letters and digits half. */
    private static final LineBreaker.Widths GRID = cp -> cp < 0x2E80 ? 0.5f : 1f;

    private static List<String> lines(String text, float width) {
        return LineBreaker.lines(text, width, GRID).stream().map(LineBreaker.Line::text).toList();
    }

    @Test
    void noLineStartsWithAClosingMarkAndNoneEndsWithAnOpeningOne() {
        // a naive break after five characters would start line two with “，” and end line one with “（”
        assertThat(lines("甲乙丙丁戊，己庚辛壬癸", 5)).containsExactly("甲乙丙丁", "戊，己庚辛", "壬癸");
        assertThat(lines("甲乙丙丁（戊）己", 5)).containsExactly("甲乙丙丁", "（戊）己");
        for (String line : lines("申请人称：“物业未尽管理义务。”被申请人（物业公司）答辩称，已多次张贴通知、告知车主。", 7)) {
            assertThat("，。、；：？！）》”").doesNotContain(line.substring(0, 1));
            assertThat("（《“").doesNotContain(line.substring(line.length() - 1));
        }
    }

    @Test
    void numbersAndDatesStayWholeAndLongOnesAreSplit() {
        assertThat(lines("电话19900001111", 7)).containsExactly("电话", "19900001111");
        assertThat(lines("金额1200.50元", 5)).containsExactly("金额", "1200.50元");
        assertThat(lines("12345678901234567890", 4)).hasSize(3).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(8));
    }

    @Test
    void theLastLineIsMarkedSoItIsNotJustified() {
        List<LineBreaker.Line> lines = LineBreaker.lines("甲乙丙丁戊己庚", 3, GRID);
        assertThat(lines).extracting(LineBreaker.Line::last).containsExactly(false, false, true);
        assertThat(lines.getFirst().width()).isEqualTo(3f);
    }

    @Test
    void ellipsesAndDashesAreNeverSplit() {
        // “……” is two half-width marks here: 甲乙 plus the pair would overflow 2.5, and the pair cannot start a line
        assertThat(lines("甲乙……丙", 2.5f)).containsExactly("甲", "乙……", "丙");
    }
}
