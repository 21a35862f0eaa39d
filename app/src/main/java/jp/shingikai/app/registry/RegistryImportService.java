package jp.shingikai.app.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.shingikai.app.problems.ForbiddenException;
import jp.shingikai.app.problems.InvalidInputException;
import jp.shingikai.app.problems.NotFoundException;
import jp.shingikai.app.problems.StateConflictException;
import jp.shingikai.app.problems.StorageUnavailableException;
import jp.shingikai.app.registry.ImportSummary.FileResult;
import jp.shingikai.app.registry.internal.RegistryRepository;
import jp.shingikai.app.registry.internal.RegistryRepository.Entry;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.Role;
import jp.shingikai.app.system.ContentStore;
import jp.shingikai.app.system.Hashes;
import jp.shingikai.app.system.SearchOutbox;
import jp.shingikai.japanese.JapaneseText;
import jp.shingikai.search.extraction.ExtractionResult;
import jp.shingikai.search.extraction.FileNames;
import jp.shingikai.search.extraction.TextExtractor;
import jp.shingikai.search.importers.ImportReading;
import jp.shingikai.search.importers.ImporterSelection;
import jp.shingikai.search.importers.PersonalFileItem;
import jp.shingikai.search.importers.RegistryImporter;
import jp.shingikai.search.importers.RegistryRow;
import jp.shingikai.search.importers.ReviewItem;
import jp.shingikai.search.importers.RowKind;
import jp.shingikai.search.index.PaperDocument;
import jp.shingikai.search.index.RegistryDocument;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 登録簿の取込み: published registry documents read with Tika, recognised by content, and stored as versioned entries.
 * Each file is imported in its own transaction: a bad file is reported in the summary and the rest of the batch goes
 * in. The same file imported again (same SHA-256) changes nothing.
 */
@Service
@RequiredArgsConstructor
public class RegistryImportService {

    static final String ACTIVE = "ACTIVE";
    static final String ABOLISHED = "ABOLISHED";
    /** The document type imported files have in the documents index. */
    static final String IMPORTED_DOCUMENT = "取込資料";

    private final TextExtractor extractor;
    private final ImporterSelection importers;
    private final RegistryRepository registry;
    private final TransactionTemplate transactions;
    private final SearchOutbox outbox;
    private final ContentStore files;
    private final List<DocumentImport> otherDocuments;
    private final ApplicationEventPublisher events;

    public ImportSummary importFiles(CurrentUser actor, List<UploadedFile> files) {
        if (!actor.has(Role.SOUMU) && !actor.has(Role.SECRETARIAT)) {
            throw new ForbiddenException("登録簿の取込みは総務課または事務局が行います。");
        }
        List<FileResult> results = new ArrayList<>();
        for (UploadedFile file : files) {
            try {
                results.add(transactions.execute(status -> importFile(actor, file)));
            } catch (StorageUnavailableException e) {
                // This file's transaction has rolled back; the files before it are in, and each after it says so too.
                results.add(new FileResult(file.name(), FileResult.FAILED, null, 0, 0, 0, e.getMessage()));
            }
        }
        return new ImportSummary(results);
    }

    private FileResult importFile(CurrentUser actor, UploadedFile file) {
        String sha256 = Hashes.sha256(file.content());
        Optional<OffsetDateTime> earlier = registry.importedAt(sha256);
        if (earlier.isPresent()) {
            return new FileResult(file.name(), FileResult.SKIPPED, null, 0, 0, 0, "同じ内容のファイルは取り込み済みです（" + earlier.get().toLocalDate() + "）。");
        }
        ExtractionResult extracted = extractor.extract(file.name(), file.content());
        if (!extracted.isOk()) {
            return new FileResult(file.name(), extracted.outcome().name(), null, 0, 0, 0, extracted.message());
        }
        Optional<RegistryImporter> importer = importers.select(extracted.text());
        Optional<DocumentImport> other = importer.isPresent() ? Optional.empty()
                : otherDocuments.stream().filter(kind -> kind.recognize(extracted.text())).findFirst();
        if (other.isPresent()) {
            DocumentImport.Read read = other.get().read(extracted.text(), file.name());
            files.put(file.content());
            long importId = registry.insertImport(file.name(), sha256, extracted.mediaType(), other.get().name(),
                    read.municipality(), actor.username());
            outbox.enqueue(SearchOutbox.IMPORTED_FILE, importId);
            int created = read.store(importId);
            read.review().forEach(item -> registry.insertReview(importId, item));
            registry.countImport(importId, created, 0, read.review().size());
            return new FileResult(file.name(), FileResult.IMPORTED, other.get().name(), created, 0, read.review().size(),
                    extracted.message());
        }
        if (importer.isEmpty()) {
            return new FileResult(file.name(), FileResult.UNRECOGNIZED, null, 0, 0, 0,
                    "「" + file.name() + "」は取り込める様式（登録報告、届出書など）として認識できませんでした。");
        }
        ImportReading reading = importer.get().read(extracted.text(), file.name());
        // The original stays in the file store: provenance points at it, and the documents index reads it.
        files.put(file.content());
        long importId = registry.insertImport(file.name(), sha256, extracted.mediaType(), reading.importer(),
                reading.municipality(), actor.username());
        outbox.enqueue(SearchOutbox.IMPORTED_FILE, importId);
        int created = 0;
        int updated = 0;
        List<ReviewItem> review = new ArrayList<>(reading.review());
        for (RegistryRow row : reading.rows()) {
            String register = Register.of(row.kind()).name();
            Optional<Entry> entry = registry.entry(row.municipality(), register, row.subject());
            entry.ifPresent(existing -> outbox.enqueue(SearchOutbox.REGISTRY_ENTRY, existing.id()));
            switch (row.kind()) {
                case NEW, CHANGE, STATUS, FILE -> {
                    if (entry.isPresent()) {
                        registry.addVersion(entry.get(), row, ACTIVE, importId, null);
                        if (row.kind() == RowKind.FILE) {
                            events.publishEvent(new RegistryFileChanged(row.municipality(), row.subject()));
                        }
                        updated++;
                    } else {
                        // A change to an operation registered before our records began still describes it: keep it.
                        long id = registry.insertEntry(row, register, ACTIVE);
                        registry.addVersion(registry.entry(id).orElseThrow(), row, ACTIVE, importId, null);
                        outbox.enqueue(SearchOutbox.REGISTRY_ENTRY, id);
                        created++;
                    }
                }
                case ABOLISH -> {
                    if (entry.isPresent()) {
                        registry.addVersion(entry.get(), row, ABOLISHED, importId, null);
                        updated++;
                    } else {
                        review.add(new ReviewItem(row.subject(), "廃止の対象となる登録が見つかりません",
                                row.provenance()));
                    }
                }
                case PROVISION -> {
                    registry.insertProvision(entry.map(Entry::id).orElse(null), row, importId);
                    created++;
                }
            }
        }
        review.forEach(item -> registry.insertReview(importId, item));
        registry.countImport(importId, created, updated, review.size());
        return new FileResult(file.name(), FileResult.IMPORTED, reading.importer(), created, updated, review.size(),
                extracted.message());
    }

    public List<Entry> entries(String municipality, String nameContains) {
        return registry.entries(municipality == null ? "" : municipality, nameContains == null ? "" : nameContains);
    }

    /** An entry with every version; a ファイル簿 file's items in the order the published register prints them. */
    public Map<String, Object> entry(long id) {
        Entry entry = registry.entry(id).orElseThrow(() -> new NotFoundException("登録", id));
        List<Map<String, Object>> versions = registry.versions(id);
        Register register = Register.valueOf(entry.register());
        if (register == Register.FILE) {
            versions.forEach(version -> version.put("fields", inItemOrder((JsonNode) version.get("fields"))));
        }
        return Map.of("entry", entry, "registerLabel", register.label(), "versions", versions);
    }

    private static JsonNode inItemOrder(JsonNode fields) {
        ObjectNode ordered = JsonNodeFactory.instance.objectNode();
        for (PersonalFileItem item : PersonalFileItem.values()) {
            if (fields.has(item.field())) {
                ordered.set(item.field(), fields.get(item.field()));
            }
        }
        fields.fields().forEachRemaining(field -> {
            if (!ordered.has(field.getKey())) {
                ordered.set(field.getKey(), field.getValue());
            }
        });
        return ordered;
    }

    /** The entry as the precedent search indexes it; empty if it no longer exists. */
    public Optional<RegistryDocument> searchDocument(long id) {
        return registry.entry(id).map(entry -> registry.document(entry));
    }

    /** The imported file with its original bytes. */
    public ImportedFile importedFile(long importId) {
        return registry.importedFile(importId).orElseThrow(() -> new NotFoundException("取込みファイル", importId));
    }

    public byte[] original(ImportedFile file) {
        return files.get(file.sha256());
    }

    /** An imported document as the documents index holds it, with its text read again from the original. */
    public Optional<PaperDocument> searchPaper(long importId) {
        return registry.importedFile(importId).filter(file -> files.has(file.sha256())).map(file -> {
            ExtractionResult text = extractor.extract(file.fileName(), original(file));
            LocalDate importedOn = file.importedAt().toLocalDate();
            return new PaperDocument(IMPORTED_DOCUMENT, file.fileName(), file.fileName(), file.importer(), file.municipality(),
                    null, null, null, importedOn, "/api/registry/imports/" + file.id() + "/content", text.text());
        });
    }

    public List<Long> importIds() {
        return registry.importIds();
    }

    public List<Long> entryIds() {
        return registry.entryIds();
    }

    public List<Map<String, Object>> openReview() {
        return registry.openReview();
    }

    /** 確認済み: 総務課 or the secretariat settles a row the importer could not read, saying how. */
    @Transactional
    public void resolveReview(CurrentUser actor, long id, String resolution) {
        if (!actor.has(Role.SOUMU) && !actor.has(Role.SECRETARIAT)) {
            throw new ForbiddenException("確認待ちの行の処理は総務課または事務局が行います。");
        }
        String text = JapaneseText.clean(resolution);
        if (text.isEmpty() || text.length() > 1000) {
            throw new InvalidInputException("/resolution", "処理の内容", text.isEmpty() ? "「処理の内容」を入力してください。"
                    : "「処理の内容」は1000文字以内で入力してください。");
        }
        if (!registry.resolveReview(id, actor.username(), text)) {
            throw new StateConflictException("この行は処理済みか、存在しません。");
        }
    }

    /** A file as uploaded; of its name only the last part is kept (a client may send a path). */
    public record UploadedFile(String name, byte[] content) {

        public UploadedFile {
            name = FileNames.of(name, "名称なし");
        }
    }
}
