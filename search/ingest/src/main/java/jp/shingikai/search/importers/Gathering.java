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

    /** Below this share of the mentions the municipality read is told to a person to check. */
    private static final double CERTAIN = 0.5;

    Gathering(String text) {
        TabularText.Municipality detected = TabularText.detectMunicipality(text);
        this.municipality = detected.name();
        if (!detected.name().isEmpty() && detected.confidence() < CERTAIN) {
            review.add(new ReviewItem(String.join("、", detected.named()), "団体名を「" + detected.name() + "」と読み取りましたが、資料には"
                    + String.join("、", detected.named()) + "の名があり確かではありません（確からしさ "
                    + Math.round(detected.confidence() * 100) + "%）。違うときは団体を指定して取り込み直してください。",
                    new Provenance("", "団体", 0)));
        }
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
