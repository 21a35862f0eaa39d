package jp.shingikai.app.registry;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What an import did, file by file; a person reads it, a script checks {@link #hasFailures()}. */
public record ImportSummary(List<FileResult> files) {

    public ImportSummary {
        files = List.copyOf(files);
    }

    @JsonProperty("hasFailures")
    public boolean hasFailures() {
        // A file kept as 未対応の様式 went in (as a document to search), so it is no failure.
        return files.stream().anyMatch(file -> !file.outcome().equals(FileResult.IMPORTED) && !file.outcome().equals(FileResult.SKIPPED)
                && !file.outcome().equals(FileResult.UNRECOGNIZED));
    }

    /**
     * @param outcome IMPORTED, SKIPPED (already imported), or the extraction outcome that stopped it (ENCRYPTED, FAILED…),
     *                or UNRECOGNIZED when no importer knows the layout (the file is kept as 未対応の様式 all the same)
     * @param created new registry entries and provisions
     * @param updated new versions of existing entries
     * @param review  rows left for a person to check
     */
    public record FileResult(String fileName, String outcome, String importer, int created, int updated, int review,
            String message) {

        public static final String IMPORTED = "IMPORTED";
        public static final String SKIPPED = "SKIPPED";
        public static final String UNRECOGNIZED = "UNRECOGNIZED";
        public static final String FAILED = "FAILED";
    }
}
