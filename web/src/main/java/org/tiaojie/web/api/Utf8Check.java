package org.tiaojie.web.api;

/**
 * Strict UTF-8 (RFC 3629), byte by byte as a body is read: no overlong forms (0xC0 0xAF for "/"), no surrogates, nothing
 * beyond U+10FFFF, no sequence cut short at the end. JSON is UTF-8 (RFC 8259 §8.1); the JSON reader passes some of
 * these, so the API checks them itself.
 */
final class Utf8Check {

    private int needed;
    private int low = 0x80;
    private int high = 0xBF;

    /** Whether the byte can follow what came before. */
    boolean accept(int b) {
        if (needed > 0) {
            if (b < low || b > high) {
                return false;
            }
            needed--;
            low = 0x80;
            high = 0xBF;
            return true;
        }
        if (b <= 0x7F) {
            return true;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            needed = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            needed = 2;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            needed = 3;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            return false;
        }
        return true;
    }

    /** Whether the text may end here. */
    boolean complete() {
        return needed == 0;
    }

    /** Thrown while reading a body that is not UTF-8. */
    static final class NotUtf8 extends java.io.IOException {
        NotUtf8() {
            super("request body is not UTF-8");
        }
    }
}
