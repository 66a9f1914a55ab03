package org.tiaojie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Checks that phrases occur in a text in the given order. */
public final class PdfOrder {

    private PdfOrder() {
    }

    public static void inOrder(String text, List<String> phrases) {
        int at = 0;
        for (String phrase : phrases) {
            int found = text.indexOf(phrase, at);
            assertThat(found).as("“%s” after position %d", phrase, at).isGreaterThanOrEqualTo(0);
            at = found + phrase.length();
        }
    }
}
