package org.tiaojie.casework.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tiaojie.casework.shared.CaseworkException;

class ValueObjectsTest {

    @Test
    void idCardNumberOfTheStandardsExampleIsValid() {
        // the worked example of GB 11643-1999: born 1949-12-31, female, check character X
        IdCardNumber id = IdCardNumber.of("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.male()).isFalse();
        assertThat(id.masked()).isEqualTo("110105********002X");
        assertThat(IdCardNumber.of("11010519491231002x").value()).isEqualTo("11010519491231002X");
        assertThat(IdCardNumber.of("１１０１０５１９４９１２３１００２Ｘ").value()).isEqualTo("11010519491231002X");
    }

    @Test
    void idCardNumberWithWrongCheckCharacterIsRefusedInChinese() {
        assertThatThrownBy(() -> IdCardNumber.of("110105194912310021"))
                .isInstanceOf(CaseworkException.class).hasMessage("身份证号码校验位不正确，请核对。");
        assertThatThrownBy(() -> IdCardNumber.of("110105194902300028"))
                .hasMessage("身份证号码中的出生日期无效。");
        assertThatThrownBy(() -> IdCardNumber.of("1101051949"))
                .hasMessageContaining("18 位");
    }

    @Test
    void creditCodeCheckCharacter() {
        // GB 32100 example code with check character 3
        assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThat(CreditCode.of("91350100M000100Y43").value()).isEqualTo("91350100M000100Y43");
        assertThatThrownBy(() -> CreditCode.of("91350100M000100Y44")).hasMessageContaining("校验位");
        assertThatThrownBy(() -> CreditCode.of("91350100M000100I43")).hasMessageContaining("“I”");
        assertThatThrownBy(() -> CreditCode.of("9135")).hasMessageContaining("18 位");
    }

    @Test
    void phoneNumbersAreCheckedAndMasked() {
        assertThat(PhoneNumber.of("138 1234 5678").masked()).isEqualTo("138****5678");
        assertThat(PhoneNumber.of("0571-88886666").masked()).isEqualTo("0571-****6666");
        assertThatThrownBy(() -> PhoneNumber.of("12345")).isInstanceOf(CaseworkException.class);
        // as platforms export them (#28): separators, brackets and the country code come off
        assertThat(PhoneNumber.of("138-0013-8000").value()).isEqualTo("13800138000");
        assertThat(PhoneNumber.of("+86 138 0013 8000").value()).isEqualTo("13800138000");
        assertThat(PhoneNumber.of("0086-13800138000").value()).isEqualTo("13800138000");
        assertThat(PhoneNumber.of("8613800138000").value()).isEqualTo("13800138000");
        assertThat(PhoneNumber.of("（0571）88886666").value()).isEqualTo("0571-88886666");
        assertThat(PhoneNumber.of("(010)-88886666").value()).isEqualTo("010-88886666");
        assertThat(PhoneNumber.of("0571-88886666").value()).isEqualTo("0571-88886666");
        assertThat(PhoneNumber.of("057188886666").value()).isEqualTo("057188886666");
        assertThatThrownBy(() -> PhoneNumber.of("+86 138 0013 800")).isInstanceOf(CaseworkException.class);
        // a control character is no separator
        assertThatThrownBy(() -> PhoneNumber.of("138\u000b00138000")).isInstanceOf(CaseworkException.class);
        assertThatThrownBy(() -> PhoneNumber.of("1380013\r8000")).isInstanceOf(CaseworkException.class);
        assertThat(PhoneNumber.of("138\u30000013\u30008000").value()).isEqualTo("13800138000");
        assertThatThrownBy(() -> PhoneNumber.of("1281234567")).isInstanceOf(CaseworkException.class);
    }
}
