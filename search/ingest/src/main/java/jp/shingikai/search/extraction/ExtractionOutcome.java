package jp.shingikai.search.extraction;

/** How reading a file went. Anything but OK comes with a message for the person who imported the file. */
public enum ExtractionOutcome {
    OK,
    /** Password-protected: the text cannot be read without the password. */
    ENCRYPTED,
    /** Refused before reading, for safety: macros, a zip bomb, an archive entry pointing outside the archive. */
    REFUSED,
    /** No parser knows this kind of file. */
    UNSUPPORTED,
    /** The file holds only images (a scan) and no OCR engine is installed to read them. */
    OCR_UNAVAILABLE,
    /** Empty, corrupt, too large, or not read within the time limit. */
    FAILED
}
