package jp.shingikai.search.importers;

import java.util.ArrayList;
import java.util.List;

/**
 * What an importer gathers as it reads one document: the municipality it is from, the rows it understood and the
 * lines it leaves for review, in the order met.
 */
final class Gathering {

    private final String municipality;
    private final List<RegistryRow> rows = new ArrayList<>();
    private final List<ReviewItem> review = new ArrayList<>();

    Gathering(String text) {
        this.municipality = TabularText.municipality(text);
    }

    String municipality() {
        return municipality;
    }

    void row(RegistryRow row) {
        rows.add(row);
    }

    void review(String text, String reason, Provenance provenance) {
        review.add(new ReviewItem(text, reason, provenance));
    }

    ImportReading reading(String importer) {
        return new ImportReading(importer, municipality, rows, review);
    }
}
