package org.tiaojie.documents.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a paragraph into lines for a given width, the Chinese way: any two Han characters may be
 * split, a run of Latin letters and digits (an amount, a date, a phone number) stays whole unless
 * it is wider than a line, no line begins with a closing mark (，。、）》” …) and none ends with an
 * opening one (（《“ …). A line that must give way pushes its last character down with the mark.
 */
public final class LineBreaker {

    /** Advance width of one character in points. */
    @FunctionalInterface
    public interface Widths {
        float of(int codePoint);
    }

    /** A line of text, its natural width, and whether it ends its paragraph (and so is not justified). */
    public record Line(String text, float width, boolean last) {
    }

    private static final String NO_START = "，。、；：？！）》」』〉】〕〗”’…—·%‰℃,.;:?!)]}～¸°′″";
    private static final String NO_END = "（《「『〈【〔〖“‘([{";

    private LineBreaker() {
    }

    /** The lines of {@code text} (one paragraph; callers split on line feeds) within {@code max} points. */
    public static List<Line> lines(String text, float max, Widths widths) {
        return lines(text, max, max, widths);
    }

    /** As {@link #lines(String, float, Widths)} with a first line of its own width (an indent or a label). */
    public static List<Line> lines(String text, float first, float max, Widths widths) {
        List<Unit> units = units(text, max, widths);
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start < units.size()) {
            while (start < units.size() && units.get(start).space) {
                start++;
            }
            if (start >= units.size()) {
                break;
            }
            float width = 0;
            int end = start;
            float limit = lines.isEmpty() ? first : max;
            while (end < units.size() && (end == start || width + units.get(end).width <= limit + 0.01f)) {
                width += units.get(end).width;
                end++;
            }
            if (end < units.size()) {
                int k = end;
                while (k > start + 1 && (noStart(units.get(k)) || noEnd(units.get(k - 1)))) {
                    k--;
                }
                if (k > start + 1 || !(noStart(units.get(k)) || noEnd(units.get(k - 1)))) {
                    end = k;
                }
            }
            int trimmed = end;
            while (trimmed > start && units.get(trimmed - 1).space) {
                trimmed--;
            }
            StringBuilder sb = new StringBuilder();
            float w = 0;
            for (int i = start; i < trimmed; i++) {
                sb.append(units.get(i).text);
                w += units.get(i).width;
            }
            boolean last = true;
            for (int i = end; i < units.size(); i++) {
                if (!units.get(i).space) {
                    last = false;
                    break;
                }
            }
            lines.add(new Line(sb.toString(), w, last));
            start = end;
        }
        if (lines.isEmpty()) {
            lines.add(new Line("", 0, true));
        }
        return lines;
    }

    private static boolean noStart(Unit unit) {
        return !unit.text.isEmpty() && NO_START.indexOf(unit.text.codePointAt(0)) >= 0;
    }

    private static boolean noEnd(Unit unit) {
        return !unit.text.isEmpty()
                && NO_END.indexOf(unit.text.codePointBefore(unit.text.length())) >= 0;
    }

    private record Unit(String text, float width, boolean space) {
    }

    private static List<Unit> units(String text, float max, Widths widths) {
        List<Unit> units = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp == ' ' || cp == '\t') {
                units.add(new Unit(" ", widths.of(' '), true));
                i = next;
            } else if (latin(cp)) {
                int j = next;
                while (j < n && latin(text.codePointAt(j))) {
                    j += Character.charCount(text.codePointAt(j));
                }
                addWord(units, text.substring(i, j), max, widths);
                i = j;
            } else if ((cp == '—' || cp == '…') && next < n && text.codePointAt(next) == cp) {
                units.add(new Unit(text.substring(i, next + 1), widths.of(cp) * 2, false));
                i = next + 1;
            } else {
                units.add(new Unit(text.substring(i, next), widths.of(cp), false));
                i = next;
            }
        }
        return units;
    }

    /** Letters, digits and the marks that hold them together (1,200.50 / 2026-11-22 / a@b.cn). */
    private static boolean latin(int cp) {
        return cp < 0x2E80 && cp != ' ' && cp != '\t' && cp != '—' && cp != '…' && cp != '“' && cp != '”'
                && cp != '‘' && cp != '’' && cp != '·' && cp != '(' && cp != ')' && cp != '[' && cp != ']'
                && cp != ',' && cp != ';' && cp != '!' && cp != '?';
    }

    private static void addWord(List<Unit> units, String word, float max, Widths widths) {
        float width = 0;
        for (int k = 0; k < word.length(); k = word.offsetByCodePoints(k, 1)) {
            width += widths.of(word.codePointAt(k));
        }
        if (width <= max) {
            units.add(new Unit(word, width, false));
            return;
        }
        for (int k = 0; k < word.length(); k = word.offsetByCodePoints(k, 1)) {
            int cp = word.codePointAt(k);
            units.add(new Unit(new String(Character.toChars(cp)), widths.of(cp), false));
        }
    }
}
