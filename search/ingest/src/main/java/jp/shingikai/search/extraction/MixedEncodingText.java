package jp.shingikai.search.extraction;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Text whose lines come in two encodings, as when a file kept in Shift_JIS is appended to in UTF-8 (or the other way):
 * one charset for the whole file would turn half of it into mojibake, so each line is read in the encoding it is valid
 * in. Files in one encoding are left to Tika's detection.
 */
final class MixedEncodingText {

    /** What Japanese files that are not UTF-8 are written in: Shift_JIS with the Windows extensions (①, ㈱, 髙). */
    private static final Charset SHIFT_JIS = Charset.forName("windows-31j");
    private static final Charset EUC_JP = Charset.forName("EUC-JP");

    private MixedEncodingText() {
    }

    /**
     * The text read line by line, when its lines are in UTF-8 and another encoding; empty when the whole file is in one.
     *
     * @param detected the charset Tika detected for the whole file, telling Shift_JIS from EUC-JP for the other lines
     */
    static Optional<String> decode(byte[] content, String detected) {
        if (utf8(content, 0, content.length).isPresent()) {
            return Optional.empty();
        }
        Charset other = detected != null && detected.toUpperCase().contains("EUC") ? EUC_JP : SHIFT_JIS;
        StringBuilder text = new StringBuilder(content.length);
        boolean anyUtf8 = false;
        int start = 0;
        while (start < content.length) {
            int end = start;
            while (end < content.length && content[end] != '\n') {
                end++;
            }
            Optional<String> line = utf8(content, start, end);
            anyUtf8 |= line.isPresent() && !isAscii(content, start, end);
            text.append(line.isPresent() ? line.get() : new String(content, start, end - start, other));
            if (end < content.length) {
                text.append('\n');
            }
            start = end + 1;
        }
        return anyUtf8 ? Optional.of(text.toString()) : Optional.empty();
    }

    private static Optional<String> utf8(byte[] content, int from, int to) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content, from, to - from)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean isAscii(byte[] content, int from, int to) {
        for (int i = from; i < to; i++) {
            if (content[i] < 0) {
                return false;
            }
        }
        return true;
    }
}
