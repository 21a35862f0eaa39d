package jp.shingikai.search.importers;

import java.util.List;

/** What an importer read from one document: the rows it understood and those left for review. */
public record ImportReading(String importer, String municipality, List<RegistryRow> rows, List<ReviewItem> review) {

    public ImportReading {
        rows = List.copyOf(rows);
        review = List.copyOf(review);
    }
}
