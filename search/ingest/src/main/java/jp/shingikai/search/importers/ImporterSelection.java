package jp.shingikai.search.importers;

import java.util.List;
import java.util.Optional;

/** Picks the importer whose layout the text matches best; none if no importer recognises it. */
public final class ImporterSelection {

    private static final double THRESHOLD = 0.3;

    private final List<RegistryImporter> importers;

    public ImporterSelection(List<RegistryImporter> importers) {
        this.importers = List.copyOf(importers);
    }

    public static ImporterSelection standard() {
        return new ImporterSelection(List.of(new RegistryReportImporter(), new ProcessingStatusReportImporter(),
                new NotificationFormImporter(), new PersonalFileRegisterImporter()));
    }

    /** Each importer scores the text once; the best at or above the threshold reads it, the first of equals. */
    public Optional<RegistryImporter> select(String text) {
        RegistryImporter best = null;
        double bestScore = THRESHOLD;
        for (RegistryImporter importer : importers) {
            double score = importer.recognize(text);
            if (score >= bestScore && (best == null || score > bestScore)) {
                best = importer;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }
}
