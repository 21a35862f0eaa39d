package jp.shingikai.search.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What is refused before any parser sees a file: a file whose name or content carries macros, an archive that
 * expands beyond what a published document needs (a zip bomb), and an archive entry whose name points outside it.
 * Office files (.docx, .xlsx…) are zip archives, so they are screened the same way.
 */
final class UploadScreening {

    private static final Set<String> MACRO_EXTENSIONS = Set.of("docm", "dotm", "xlsm", "xltm", "xlam", "pptm", "potm", "ppsm");
    private static final Pattern OUTSIDE = Pattern.compile("(^|[/\\\\])\\.\\.([/\\\\]|$)|^[/\\\\]|^[A-Za-z]:");
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final int BUFFER = 64 * 1024;
    private static final int MAX_ENTRIES = 20_000;

    private UploadScreening() {
    }

    /** The reason to refuse the file, in Japanese, or none. */
    static Optional<String> refusal(String fileName, byte[] content, ExtractionLimits limits) {
        if (MACRO_EXTENSIONS.contains(extension(fileName))) {
            return Optional.of(macros(fileName));
        }
        if (!startsWith(content, ZIP)) {
            return Optional.empty();
        }
        long expanded = 0;
        int entries = 0;
        byte[] buffer = new byte[BUFFER];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (OUTSIDE.matcher(name).find()) {
                    return Optional.of("「" + fileName + "」には、展開先の外を指すファイル名（" + name
                            + "）が含まれているため取り込めません。");
                }
                if (name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
                    return Optional.of(macros(fileName));
                }
                if (++entries > MAX_ENTRIES) {
                    return Optional.of(bomb(fileName, limits));
                }
                expanded += drain(zip, buffer, limits.maxExpandedBytes() - expanded);
                if (expanded > limits.maxExpandedBytes()) {
                    return Optional.of(bomb(fileName, limits));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // Not a readable archive: the parser says so in its own words.
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Reads the entry to its end or just past what is still allowed; returns how much was read. */
    private static long drain(InputStream entry, byte[] buffer, long allowed) throws IOException {
        long read = 0;
        for (int n = entry.read(buffer); n > 0; n = entry.read(buffer)) {
            read += n;
            if (read > allowed) {
                break;
            }
        }
        return read;
    }

    private static String macros(String fileName) {
        return "「" + fileName + "」はマクロを含む（マクロ有効形式の）ファイルのため取り込めません。マクロを含まない形式"
                + "（.docx、.xlsx など）で保存し直してください。";
    }

    private static String bomb(String fileName, ExtractionLimits limits) {
        return "「" + fileName + "」は展開後のサイズが上限（" + limits.maxExpandedBytes() / (1024 * 1024)
                + "MB）を超えています。圧縮爆弾の疑いがあるため取り込めません。";
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
