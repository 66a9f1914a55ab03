package org.tiaojie.casework.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * OWASP ASVS 4 V5.1.4: what a user or a platform types is checked as the field defines it, the same on every screen,
 * in the API and in the import, because all of them pass through {@link Fields}.
 */
class FieldsTest {

    private static String refusal(Runnable r) {
        try {
            r.run();
        } catch (CaseworkException e) {
            return e.getLocalizedMessage(Locale.SIMPLIFIED_CHINESE);
        }
        throw new AssertionError("not refused");
    }

    @Test
    void invisibleControlCharactersAreRefusedByTheirCodePoint() {
        // a right-to-left override would show "漏水反转" reversed in the case file and the documents
        assertThat(refusal(() -> Fields.required("漏水\u202e反转", 4000, "field.description")))
                .isEqualTo("“纠纷简要情况”含有不可见的控制字符（U+202E），请删除后重试。");
        assertThat(refusal(() -> Fields.required("漏水\u0000", 4000, "field.description"))).contains("U+0000");
        assertThat(refusal(() -> Fields.optional("李\u200b秀兰", 50, "field.callerName"))).contains("U+200B");
        assertThat(refusal(() -> Fields.optional("李秀兰\u2066", 50, "field.callerName"))).contains("U+2066");
    }

    @Test
    void aTextWithLinesKeepsThemAndAOneLineTextRefusesThem() {
        assertThat(Fields.required("第一行\n第二行\r\n\t第三行", 4000, "field.description")).contains("\n", "\t");
        assertThat(refusal(() -> Fields.optional("李秀兰\n王五", 50, "field.callerName")))
                .isEqualTo("“来电人姓名”只能是一行文字，不能含换行、制表符或不可见的控制字符（U+000A）。");
    }
}
