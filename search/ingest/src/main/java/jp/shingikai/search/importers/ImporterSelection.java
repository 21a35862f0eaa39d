package jp.shingikai.search.importers;

import java.util.Comparator;
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

    public Optional<RegistryImporter> select(String text) {
        return importers.stream()
                .filter(importer -> importer.recognize(text) >= THRESHOLD)
                .max(Comparator.comparingDouble(importer -> importer.recognize(text)));
    }
}
