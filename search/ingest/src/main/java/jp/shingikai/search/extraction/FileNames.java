package jp.shingikai.search.extraction;

/**
 * The name of an uploaded file as it may be kept and shown: only its last part (a browser or client may send a path,
 * or one crafted to climb out of a directory), without control characters.
 */
public final class FileNames {

    private FileNames() {
    }

    /** The uploaded name's last part; {@code fallback} when nothing of it is left. */
    public static String of(String uploaded, String fallback) {
        if (uploaded == null) {
            return fallback;
        }
        String name = uploaded.replaceAll("\\p{Cntrl}", "");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return name.isEmpty() || name.equals(".") || name.equals("..") ? fallback : name;
    }
}
