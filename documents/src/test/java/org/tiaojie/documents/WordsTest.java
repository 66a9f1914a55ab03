package org.tiaojie.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.tiaojie.documents.template.Words;

class WordsTest {

    @Test
    void sumsAreWrittenInTheFinancialForm() {
        assertThat(Words.upper(new BigDecimal("600"))).isEqualTo("陆佰元整");
        assertThat(Words.upper(new BigDecimal("1200.50"))).isEqualTo("壹仟贰佰元伍角");
        assertThat(Words.upper(new BigDecimal("10005"))).isEqualTo("壹万零伍元整");
        assertThat(Words.upper(new BigDecimal("100000"))).isEqualTo("壹拾万元整");
        assertThat(Words.upper(new BigDecimal("15"))).isEqualTo("壹拾伍元整");
        assertThat(Words.upper(new BigDecimal("1.05"))).isEqualTo("壹元零伍分");
        assertThat(Words.upper(new BigDecimal("0.30"))).isEqualTo("叁角");
        assertThat(Words.upper(new BigDecimal("0"))).isEqualTo("零元整");
        assertThat(Words.upper(new BigDecimal("100200300.07"))).isEqualTo("壹亿零贰拾万零叁佰元零柒分");
        assertThat(Words.upper(new BigDecimal("1010"))).isEqualTo("壹仟零壹拾元整");
        assertThat(Words.money(new BigDecimal("600"))).isEqualTo("人民币陆佰元整（¥600.00）");
    }

    @Test
    void termsAreNumberedInChinese() {
        assertThat(Words.ordinal(1)).isEqualTo("一、");
        assertThat(Words.ordinal(10)).isEqualTo("十、");
        assertThat(Words.ordinal(12)).isEqualTo("十二、");
        assertThat(Words.ordinal(20)).isEqualTo("二十、");
        assertThat(Words.ordinal(24)).isEqualTo("二十四、");
    }
}
