package jp.shingikai.app.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.shingikai.app.registry.internal.RegistryRepository;
import jp.shingikai.app.registry.internal.RegistryRepository.Entry;
import jp.shingikai.app.system.SearchOutbox;
import jp.shingikai.search.importers.ImportReading;
import jp.shingikai.search.importers.Provenance;
import jp.shingikai.search.importers.RegistryRow;
import jp.shingikai.search.importers.ReviewItem;
import jp.shingikai.search.importers.RowKind;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The rows an importer read, kept as versions of the entries they describe (new entries where none exists), 目的外利用・
 * 外部提供 as provisions of the entry of the operation that provides, and what could not be placed left for review.
 */
@Component
@RequiredArgsConstructor
class ImportedRows {

    private final RegistryRepository registry;
    private final SearchOutbox outbox;
    private final ApplicationEventPublisher events;

    /** @param repeated rows that say what their entry's latest version says, recorded as published again */
    record Counts(int created, int updated, int repeated, int review) {
    }

    Counts store(ImportReading reading, long importId) {
        int created = 0;
        int updated = 0;
        int repeated = 0;
        List<ReviewItem> review = new ArrayList<>(reading.review());
        for (RegistryRow row : reading.rows()) {
            String register = Register.of(row.kind()).name();
            Optional<Entry> entry = registry.entry(row.municipality(), register, row.subject());
            entry.ifPresent(existing -> outbox.enqueue(SearchOutbox.Document.REGISTRY_ENTRY, existing.id()));
            switch (row.kind()) {
                case NEW, CHANGE, STATUS, LISTED, FILE -> {
                    if (entry.isPresent() && registry.latestSays(entry.get(), row)) {
                        // The same content published again (another format, a later packet) is no new version.
                        registry.alsoPublished(entry.get(), importId, row);
                        repeated++;
                    } else if (entry.isPresent()) {
                        registry.addVersion(entry.get(), row, RegistryImportService.ACTIVE, importId, null);
                        if (row.kind() == RowKind.FILE) {
                            events.publishEvent(new RegistryFileChanged(row.municipality(), row.subject()));
                        }
                        updated++;
                    } else {
                        // A change to an operation registered before our records began still describes it: keep it.
                        long id = registry.insertEntry(row, register, RegistryImportService.ACTIVE);
                        registry.addVersion(registry.entry(id).orElseThrow(), row, RegistryImportService.ACTIVE, importId, null);
                        outbox.enqueue(SearchOutbox.Document.REGISTRY_ENTRY, id);
                        created++;
                    }
                }
                case ABOLISH -> {
                    if (entry.isPresent()) {
                        registry.addVersion(entry.get(), row, RegistryImportService.ABOLISHED, importId, null);
                        updated++;
                    } else {
                        review.add(new ReviewItem(row.subject(), "廃止の対象となる登録が見つかりません", row.provenance()));
                    }
                }
                case PROVISION -> {
                    // An operation a report names only as the one that provides is an operation of the municipality all
                    // the same: it gets an entry, so that what it provides, to whom and why is found.
                    long id = entry.map(Entry::id).orElseGet(() -> registry.insertEntry(row, register, RegistryImportService.ACTIVE));
                    if (entry.isEmpty()) {
                        outbox.enqueue(SearchOutbox.Document.REGISTRY_ENTRY, id);
                    }
                    registry.insertProvision(id, row, importId);
                    created++;
                }
            }
        }
        if (reading.rows().stream().anyMatch(row -> row.municipality().isBlank())) {
            review.add(new ReviewItem(reading.importer(), "団体名を読み取れませんでした。団体を指定して取り込み直してください（取込み画面の「団体」、"
                    + "API の municipality、コマンドの --municipality）。", new Provenance(reading.importer(), "団体", 0)));
        }
        review.forEach(item -> registry.insertReview(importId, item));
        registry.countImport(importId, created, updated, review.size());
        return new Counts(created, updated, repeated, review.size());
    }
}
