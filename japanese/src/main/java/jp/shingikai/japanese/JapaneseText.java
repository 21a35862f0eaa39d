package jp.shingikai.japanese;

import java.text.Normalizer;

/**
 * Full-width/half-width normalisation as a city hall expects it of typed input: full-width Latin letters, digits and
 * ASCII symbols become half-width (ＡＢＣ１２３ → ABC123), half-width katakana become full-width with their voicing
 * marks joined (ｶﾞｲﾄﾞ → ガイド), and the ideographic space becomes a plain space. Everything else — kanji, ①, ㈱,
 * 〜 — is left alone, unlike a blanket NFKC. Kangxi radicals and CJK compatibility ideographs, which PDF fonts
 * often report instead of the ordinary kanji (⼝ for 口), are folded to the ordinary kanji.
 */
public final class JapaneseText {

    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final int FULL_TO_HALF = 0xFEE0;
    private static final char HALF_KATAKANA_FIRST = '\uFF61';
    private static final char HALF_KATAKANA_LAST = '\uFF9F';
    /** ～ as Windows types it and 〜 as Shift_JIS decoders read it are one mark: a range (4月〜5月). */
    private static final char FULL_WIDTH_TILDE = '\uFF5E';
    private static final char WAVE_DASH = '\u301C';
    private static final char RADICALS_FIRST = '\u2E80';
    private static final char RADICALS_LAST = '\u2FDF';
    private static final char COMPATIBILITY_FIRST = '\uF900';
    private static final char COMPATIBILITY_LAST = '\uFAFF';

    /**
     * CJK Radicals Supplement characters that fonts report for common kanji, which NFKC leaves alone (⺠ for 民, ⻑ for
     * 長): radical and kanji alternate in this string.
     */
    private static final String SUPPLEMENT_RADICALS = "⺟母⺠民⻑長⻄西⻘青⻝食⻤鬼⻩黄⻭歯⻯竜⻲亀⻫斉";

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
            int supplement = SUPPLEMENT_RADICALS.indexOf(c);
            if (supplement >= 0 && supplement % 2 == 0) {
                out.append(SUPPLEMENT_RADICALS.charAt(supplement + 1));
            } else if (c >= RADICALS_FIRST && c <= RADICALS_LAST || c >= COMPATIBILITY_FIRST && c <= COMPATIBILITY_LAST) {
                out.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
            } else if (c == FULL_WIDTH_TILDE) {
                out.append(WAVE_DASH);
            } else if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
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
