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
import jp.shingikai.search.importers.ReviewItem;
import jp.shingikai.search.importers.TabularText;
import jp.shingikai.search.index.PaperDocument;
import jp.shingikai.search.index.RegistryDocument;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 登録簿の取込み: published registry documents read with Tika, recognised by content, and stored as versioned entries.
 * Each file is imported in its own transaction: a bad file is reported in the summary and the rest of the batch goes
 * in. The same file imported again (same SHA-256) changes nothing. It is a little over 300 lines because the import,
 * the re-analysis of a kept file and the registry's read side share the recognition and the per-file transaction;
 * split, each part would pass the others its collaborators.
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
    private final ImportedRows rows;
    private final PhoneDirectory phones;

    public ImportSummary importFiles(CurrentUser actor, List<UploadedFile> files) {
        return importFiles(actor, files, null);
    }

    /**
     * @param municipality the municipality the files are from, as the person importing them says (it outranks what the
     *                     text names); null or blank to read it from each file
     */
    public ImportSummary importFiles(CurrentUser actor, List<UploadedFile> files, String municipality) {
        String named = municipality == null || JapaneseText.clean(municipality).isEmpty() ? null : JapaneseText.clean(municipality);
        if (!actor.has(Role.SOUMU) && !actor.has(Role.SECRETARIAT)) {
            throw new ForbiddenException("登録簿の取込みは総務課または事務局が行います。");
        }
        List<FileResult> results = new ArrayList<>();
        for (UploadedFile file : files) {
            try {
                results.add(transactions.execute(status -> importFile(actor, file, named)));
            } catch (StorageUnavailableException e) {
                // This file's transaction has rolled back; the files before it are in, and each after it says so too.
                results.add(new FileResult(file.name(), FileResult.FAILED, null, 0, 0, 0, e.getMessage()));
            }
        }
        return new ImportSummary(results);
    }

    private FileResult importFile(CurrentUser actor, UploadedFile file, String named) {
        String sha256 = Hashes.sha256(file.content());
        Optional<OffsetDateTime> earlier = registry.importedAt(sha256);
        if (earlier.isPresent()) {
            return new FileResult(file.name(), FileResult.SKIPPED, null, 0, 0, 0, "同じ内容のファイルは取り込み済みです（" + earlier.get().toLocalDate() + "）。");
        }
        ExtractionResult extracted = extractor.extract(file.name(), file.content());
        if (!extracted.isOk()) {
            return new FileResult(file.name(), extracted.outcome().name(), null, 0, 0, 0, extracted.message());
        }
        // Whatever it is, the original stays in the file store: provenance points at it, and the documents index reads it.
        files.put(file.content());
        TabularText.Municipality detected = TabularText.detectMunicipality(extracted.text());
        Optional<PhoneDirectory.Guess> guess = named == null ? phones.guess(extracted.text(), detected) : Optional.empty();
        Recognised recognised = recognise(extracted.text(), file.name(), guess.map(PhoneDirectory.Guess::municipality).orElse(named),
                guess.map(found -> found.review(file.name())).stream().toList());
        long importId = registry.insertImport(file.name(), sha256, extracted.mediaType(), recognised.outcome(),
                recognised.importer(), recognised.municipality(), actor.username());
        outbox.enqueue(SearchOutbox.Document.IMPORTED_FILE, importId);
        phones.learn(extracted.text(), named, detected);
        return recognised.keep(importId, extracted.message());
    }

    /**
     * 再解析: reads a file kept as 未対応の様式 again, with the importers as they are now; one that is recognised now is
     * imported under its first import, one that is not stays kept.
     */
    @Transactional
    public FileResult reanalyse(CurrentUser actor, long importId) {
        if (!actor.has(Role.SOUMU)) {
            throw new ForbiddenException("保管した資料の再解析は総務課が行います。");
        }
        ImportedFile file = importedFile(importId);
        if (!FileResult.UNRECOGNIZED.equals(file.outcome())) {
            throw new StateConflictException("「" + file.fileName() + "」は取り込み済みです（再解析は未対応の様式として保管したファイルが対象です）。");
        }
        ExtractionResult extracted = extractor.extract(file.fileName(), original(file));
        Recognised recognised = recognise(extracted.text(), file.fileName(), file.municipality(), List.of());
        if (!recognised.outcome().equals(FileResult.UNRECOGNIZED)) {
            registry.recognised(importId, recognised.importer(), recognised.municipality());
        }
        return recognised.keep(importId, extracted.message());
    }

    /** Every file kept as 未対応の様式, for 再解析 after an importer improved. */
    public List<ImportedFile> unrecognised() {
        return registry.importsWithOutcome(FileResult.UNRECOGNIZED);
    }

    /** What a text is, and how to keep what it says once its import is recorded. */
    private record Recognised(String outcome, String importer, String municipality, Keeper keeper) {

        FileResult keep(long importId, String note) {
            return keeper.keep(importId, note);
        }
    }

    @FunctionalInterface
    private interface Keeper {
        FileResult keep(long importId, String note);
    }

    /**
     * Every reader that knows the text reads it: a council packet gives registry rows from its 届出書 and precedent
     * cases from its 諮問 and 報告, both kept under the one import.
     *
     * @param review what the import itself leaves for a person to check (a municipality told by telephone numbers)
     */
    private Recognised recognise(String text, String fileName, String named, List<ReviewItem> review) {
        // A layout recognised that yields neither a row nor a review item is no reading: the file is kept as unknown.
        Optional<ImportReading> registryReading = importers.select(text).map(importer -> {
            ImportReading read = importer.read(text, fileName);
            return named == null || named.isBlank() ? read : read.of(named);
        }).filter(read -> !read.rows().isEmpty() || !read.review().isEmpty());
        List<DocumentImport.Read> otherReadings = otherDocuments.stream()
                .flatMap(kind -> kind.read(text, fileName, named).stream()).toList();
        if (registryReading.isEmpty() && otherReadings.isEmpty()) {
            String municipality = named != null && !named.isBlank() ? named : TabularText.municipality(text);
            return new Recognised(FileResult.UNRECOGNIZED, null, municipality, (importId, note) -> {
                review.forEach(item -> registry.insertReview(importId, item));
                registry.countImport(importId, 0, 0, review.size());
                return new FileResult(fileName, FileResult.UNRECOGNIZED, null, 0, 0, review.size(), "「" + fileName
                        + "」は未対応の様式です。取込資料として保管し、先例検索で探せるようにしました"
                        + (municipality.isEmpty() ? "（団体名は読み取れませんでした）" : "（" + municipality + "）")
                        + "。様式に対応したあと、総務課が再解析できます。");
            });
        }
        List<String> names = new ArrayList<>();
        registryReading.ifPresent(reading -> names.add(reading.importer()));
        otherReadings.forEach(read -> names.add(read.kind()));
        String importer = String.join("・", names);
        String municipality = registryReading.map(ImportReading::municipality)
                .orElseGet(() -> otherReadings.get(0).municipality());
        return new Recognised(FileResult.IMPORTED, importer, municipality, (importId, note) -> {
            int created = 0;
            int updated = 0;
            int reviewed = review.size();
            review.forEach(item -> registry.insertReview(importId, item));
            String repeated = null;
            if (registryReading.isPresent()) {
                ImportedRows.Counts counts = rows.store(registryReading.get(), importId);
                created += counts.created();
                updated += counts.updated();
                reviewed += counts.review();
                repeated = counts.repeated() == 0 ? null
                        : counts.repeated() + "件は登録済みの版と同じ内容のため、版を増やさず「同じ内容の掲載」として記録しました。";
            }
            for (DocumentImport.Read read : otherReadings) {
                DocumentImport.Stored stored = read.store(importId);
                created += stored.created();
                updated += stored.updated();
                read.review().forEach(item -> registry.insertReview(importId, item));
                reviewed += read.review().size();
            }
            registry.countImport(importId, created, updated, reviewed);
            String message = note == null ? repeated : repeated == null ? note : note + " " + repeated;
            return new FileResult(fileName, FileResult.IMPORTED, importer, created, updated, reviewed, message);
        });
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
            String kind = file.importer() == null ? "未対応の様式" : file.importer();
            return new PaperDocument(IMPORTED_DOCUMENT, file.fileName(), file.fileName(), kind, file.municipality(),
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
