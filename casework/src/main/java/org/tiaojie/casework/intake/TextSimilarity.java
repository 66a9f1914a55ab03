package org.tiaojie.casework.intake;

import java.util.HashSet;
import java.util.Set;

/**
 * How much two short Chinese texts share: the Dice coefficient of their character bigrams, with
 * punctuation and spaces left out. Chinese has no spaces between words, and two adjacent
 * characters catch most words ("漏水", "电梯", "物业费") without a dictionary.
 */
public final class TextSimilarity {

    private TextSimilarity() {
    }

    public static double dice(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String g : x) {
            if (y.contains(g)) {
                shared++;
            }
        }
        return 2.0 * shared / (x.size() + y.size());
    }

    static Set<String> bigrams(String text) {
        Set<String> grams = new HashSet<>();
        if (text == null) {
            return grams;
        }
        StringBuilder kept = new StringBuilder();
        text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(kept::appendCodePoint);
        int[] cps = kept.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            grams.add(new String(cps, i, 2));
        }
        return grams;
    }
}
