package jp.shingikai.search.importers;

import java.util.List;

/** What an importer read from one document: the rows it understood and those left for review. */
public record ImportReading(String importer, String municipality, List<RegistryRow> rows, List<ReviewItem> review) {

    public ImportReading {
        rows = List.copyOf(rows);
        review = List.copyOf(review);
    }

    /** The same reading with every row of the municipality the person importing it named. */
    public ImportReading of(String named) {
        return new ImportReading(importer, named, rows.stream().map(row -> new RegistryRow(row.kind(), named, row.fields(),
                row.date(), row.dateText(), row.provenance(), row.confidence())).toList(), review);
    }
}
