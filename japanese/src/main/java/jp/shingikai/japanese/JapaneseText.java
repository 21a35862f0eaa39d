package jp.shingikai.japanese;

import java.text.Normalizer;

/**
 * Full-width/half-width normalisation as a city hall expects it of typed input: full-width Latin letters, digits and
 * ASCII symbols become half-width (ＡＢＣ１２３ → ABC123), half-width katakana become full-width with their voicing
 * marks joined (ｶﾞｲﾄﾞ → ガイド), and the ideographic space becomes a plain space. Everything else — kanji, ①, ㈱,
 * 〜 — is left alone, unlike a blanket NFKC.
 */
public final class JapaneseText {

    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final int FULL_TO_HALF = 0xFEE0;
    private static final char HALF_KATAKANA_FIRST = '\uFF61';
    private static final char HALF_KATAKANA_LAST = '\uFF9F';

    private JapaneseText() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c >= HALF_KATAKANA_FIRST && c <= HALF_KATAKANA_LAST) {
                int end = i;
                while (end < text.length() && text.charAt(end) >= HALF_KATAKANA_FIRST && text.charAt(end) <= HALF_KATAKANA_LAST) {
                    end++;
                }
                out.append(Normalizer.normalize(text.substring(i, end), Normalizer.Form.NFKC));
                i = end;
                continue;
            }
            if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
                out.append((char) (c - FULL_TO_HALF));
            } else if (c == '\u3000') {
                out.append(' ');
            } else {
                out.append(c);
            }
            i++;
        }
        return out.toString();
    }

    /** Normalises and trims; blank input becomes the empty string. */
    public static String clean(String text) {
        return text == null ? "" : normalize(text).strip();
    }
}
