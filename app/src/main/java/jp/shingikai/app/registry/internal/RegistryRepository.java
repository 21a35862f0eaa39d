package jp.shingikai.app.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.registry.ImportedFile;
import jp.shingikai.app.system.JsonColumns;
import jp.shingikai.app.system.Sql;
import jp.shingikai.search.importers.RegistryRow;
import jp.shingikai.search.importers.ReviewItem;
import jp.shingikai.search.index.RegistryDocument;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The register's tables: imports and their review items, entries with their versions and provisions, and the links
 * between an operation and the files that succeed it. One repository of about 300 lines: these tables are written by
 * one import and read back together, and split they would each need the others' row shapes.
 */
@Repository
@RequiredArgsConstructor
public class RegistryRepository {

    private final JdbcClient jdbc;
    private final JsonColumns json;

    public Optional<OffsetDateTime> importedAt(String sha256) {
        return jdbc.sql("select imported_at from registry_import where sha256 = ?").param(sha256)
                .query((rs, row) -> Sql.timestamp(rs, "imported_at")).optional();
    }

    /** @param outcome IMPORTED, or UNRECOGNIZED for a file kept as 未対応の様式 */
    public long insertImport(String fileName, String sha256, String mediaType, String outcome, String importer,
            String municipality, String importedBy) {
        return Sql.insert(jdbc, "insert into registry_import (file_name, sha256, media_type, outcome, importer, municipality,"
                        + " imported_by, imported_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                fileName, sha256, mediaType, outcome, importer, municipality, importedBy, OffsetDateTime.now());
    }

    /** A kept file an importer now recognises: imported from now on. */
    public void recognised(long importId, String importer, String municipality) {
        jdbc.sql("update registry_import set outcome = 'IMPORTED', importer = ?, municipality = ? where id = ?")
                .params(importer, municipality, importId).update();
    }

    public List<ImportedFile> importsWithOutcome(String outcome) {
        return jdbc.sql("select * from registry_import where outcome = ? order by id").param(outcome).query(RegistryRepository::importedFile)
                .list();
    }

    public Optional<ImportedFile> importedFile(long id) {
        return jdbc.sql("select * from registry_import where id = ?").param(id).query(RegistryRepository::importedFile).optional();
    }

    private static ImportedFile importedFile(ResultSet rs, int row) throws SQLException {
        return new ImportedFile(rs.getLong("id"), rs.getString("file_name"), rs.getString("sha256"), rs.getString("media_type"),
                rs.getString("outcome"), rs.getString("importer"), rs.getString("municipality"), Sql.timestamp(rs, "imported_at"));
    }

    public List<Long> importIds() {
        return jdbc.sql("select id from registry_import order by id").query(Long.class).list();
    }

    public void countImport(long importId, int created, int updated, int review) {
        jdbc.sql("update registry_import set rows_created = ?, rows_updated = ?, rows_review = ? where id = ?")
                .params(created, updated, review, importId).update();
    }

    /** The entry of this name in the municipality's register (the operation's, or the file's). */
    public Optional<Entry> entry(String municipality, String register, String name) {
        return jdbc.sql("select * from registry_entry where municipality = ? and register = ? and operation_name = ?")
                .params(municipality, register, name).query(RegistryRepository::entry).optional();
    }

    public Optional<Entry> entry(long id) {
        return jdbc.sql("select * from registry_entry where id = ?").param(id).query(RegistryRepository::entry).optional();
    }

    public List<Entry> entries(String municipality, String nameContains) {
        return jdbc.sql("select * from registry_entry where (:municipality = '' or municipality = :municipality)"
                        + " and operation_name like :name order by municipality, operation_name")
                .param("municipality", municipality).param("name", "%" + nameContains + "%")
                .query(RegistryRepository::entry).list();
    }

    public long insertEntry(RegistryRow row, String register, String status) {
        return Sql.insert(jdbc, "insert into registry_entry (municipality, register, operation_name, department, status,"
                        + " latest_version, updated_at) values (?, ?, ?, ?, ?, 0, ?)",
                row.municipality(), register, row.subject(), row.department(), status, OffsetDateTime.now());
    }

    /**
     * Adds the row as the entry's next version and makes it the entry's current state.
     *
     * @param importId       the imported file it was read from, or null
     * @param consultationId the case whose 登録簿更新 it records, or null
     */
    public int addVersion(Entry entry, RegistryRow row, String status, Long importId, Long consultationId) {
        int version = entry.latestVersion() + 1;
        jdbc.sql("insert into registry_entry_version (entry_id, version, kind, fields, effective_on, effective_on_text,"
                        + " import_id, consultation_id, source_section, source_line, confidence, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(entry.id(), version, row.kind().name(), json.write(row.fields()), row.date(), row.dateText(), importId,
                        consultationId, row.provenance().section(), row.provenance().line(), row.confidence(), OffsetDateTime.now())
                .update();
        jdbc.sql("update registry_entry set latest_version = ?, department = ?, status = ?, updated_at = ? where id = ?")
                .params(version, row.department().isEmpty() ? entry.department() : row.department(), status,
                        OffsetDateTime.now(), entry.id())
                .update();
        return version;
    }

    /** Whether the entry's latest version says exactly this: the same kind, fields and date. */
    public boolean latestSays(Entry entry, RegistryRow row) {
        return jdbc.sql("select kind, fields, effective_on from registry_entry_version where entry_id = ? and version = ?")
                .params(entry.id(), entry.latestVersion())
                .query((rs, i) -> rs.getString("kind").equals(row.kind().name())
                        && json.read(rs.getString("fields")).equals(json.tree(row.fields()))
                        && Objects.equals(rs.getObject("effective_on", LocalDate.class), row.date()))
                .optional().orElse(false);
    }

    /** Records that the entry's latest version was published again, in this import. */
    public void alsoPublished(Entry entry, long importId, RegistryRow row) {
        jdbc.sql("insert into registry_also_published (entry_id, version, import_id, source_section, source_line) values (?, ?, ?, ?, ?)")
                .params(entry.id(), entry.latestVersion(), importId, row.provenance().section(), row.provenance().line()).update();
    }

    public List<Map<String, Object>> versions(long entryId) {
        return jdbc.sql("select version, kind, fields, effective_on, effective_on_text, source_section, source_line, confidence,"
                        + " import_id, consultation_id,"
                        + " (select file_name from registry_import i where i.id = v.import_id) as source_file"
                        + " from registry_entry_version v where entry_id = ? order by version")
                .param(entryId)
                .query((rs, row) -> {
                    Map<String, Object> version = new LinkedHashMap<>();
                    version.put("version", rs.getInt("version"));
                    version.put("kind", rs.getString("kind"));
                    version.put("fields", json.read(rs.getString("fields")));
                    version.put("effectiveOn", String.valueOf(rs.getObject("effective_on", LocalDate.class)));
                    version.put("effectiveOnText", String.valueOf(rs.getString("effective_on_text")));
                    version.put("source", rs.getString("source_file") == null
                            ? rs.getString("source_section")
                            : rs.getString("source_file") + " " + rs.getString("source_section") + " " + rs.getInt("source_line") + "行目");
                    version.put("importId", rs.getObject("import_id", Long.class));
                    version.put("consultationId", rs.getObject("consultation_id", Long.class));
                    version.put("confidence", rs.getDouble("confidence"));
                    version.put("alsoPublishedIn", alsoPublished(entryId, rs.getInt("version")));
                    return version;
                })
                .list();
    }

    private List<String> alsoPublished(long entryId, int version) {
        return jdbc.sql("select i.file_name, a.source_section, a.source_line from registry_also_published a"
                        + " join registry_import i on i.id = a.import_id where a.entry_id = ? and a.version = ? order by a.id")
                .params(entryId, version)
                .query((rs, row) -> rs.getString("file_name") + " " + rs.getString("source_section") + " " + rs.getInt("source_line") + "行目")
                .list();
    }

    public List<Long> entryIds() {
        return jdbc.sql("select id from registry_entry order by id").query(Long.class).list();
    }

    /** The entry with the text of all its versions and provisions, as one search document. */
    public RegistryDocument document(Entry entry) {
        List<String> kinds = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        LocalDate[] latest = new LocalDate[1];
        String[] latestText = new String[1];
        jdbc.sql("select kind, fields, effective_on, effective_on_text from registry_entry_version where entry_id = ? order by version")
                .param(entry.id()).query(rs -> {
                    kinds.add(rs.getString("kind"));
                    json.read(rs.getString("fields")).fields()
                            .forEachRemaining(field -> body.append(field.getValue().asText()).append('\n'));
                    LocalDate date = rs.getObject("effective_on", LocalDate.class);
                    if (date != null) {
                        years.add(date.getYear());
                        latest[0] = date;
                        latestText[0] = rs.getString("effective_on_text");
                    }
                });
        List<String> recipients = new ArrayList<>();
        List<String> bases = new ArrayList<>();
        jdbc.sql("select * from registry_provision where entry_id = ? or (entry_id is null and municipality = ? and operation_name = ?)")
                .params(entry.id(), entry.municipality(), entry.operationName()).query(rs -> {
                    kinds.add("PROVISION");
                    recipients.add(rs.getString("recipient"));
                    bases.add(rs.getString("basis"));
                    for (String column : List.of("provision_kind", "recipient", "recipient_operation", "basis", "reason")) {
                        String value = rs.getString(column);
                        if (value != null && !value.isBlank()) {
                            body.append(value).append(' ');
                        }
                    }
                    body.append('\n');
                    LocalDate date = rs.getObject("started_on", LocalDate.class);
                    if (date != null) {
                        years.add(date.getYear());
                    }
                });
        return new RegistryDocument(entry.municipality(), entry.register(), entry.department(), entry.operationName(), entry.status(),
                kinds.stream().distinct().toList(), body.toString(), latest[0], latestText[0],
                years.stream().distinct().toList(), recipients, bases.stream().distinct().toList());
    }

    public void insertProvision(Long entryId, RegistryRow row, long importId) {
        jdbc.sql("insert into registry_provision (entry_id, municipality, department, operation_name, provision_kind, recipient,"
                        + " recipient_operation, basis, reason, started_on, started_on_text, import_id, source_line)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(entryId, row.municipality(), row.field("department"), row.field("operationName"),
                        row.field("provisionKind"), row.field("recipient"), row.field("recipientOperation"), row.field("basis"),
                        row.field("reason"), row.date(), row.dateText(), importId, row.provenance().line())
                .update();
    }

    public void insertReview(long importId, ReviewItem item) {
        jdbc.sql("insert into registry_review_item (import_id, row_text, reason, section, line) values (?, ?, ?, ?, ?)")
                .params(importId, item.text(), item.reason(), item.provenance().section(), item.provenance().line()).update();
    }

    /** Marks a review row settled; false if there is no such open row. */
    public boolean resolveReview(long id, String resolvedBy, String resolution) {
        return jdbc.sql("update registry_review_item set resolved = true, resolved_by = ?, resolved_at = ?, resolution = ?"
                        + " where id = ? and not resolved")
                .params(resolvedBy, OffsetDateTime.now(), resolution, id).update() == 1;
    }

    public List<Map<String, Object>> openReview() {
        return jdbc.sql("select r.*, i.file_name from registry_review_item r join registry_import i on i.id = r.import_id"
                        + " where not r.resolved order by r.id")
                .query((rs, row) -> Map.<String, Object>of("id", rs.getLong("id"), "file", rs.getString("file_name"),
                        "line", rs.getInt("line"), "section", String.valueOf(rs.getString("section")),
                        "text", rs.getString("row_text"), "reason", rs.getString("reason")))
                .list();
    }

    /** The entries of one register of a municipality, by name, each with its latest version's fields. */
    public List<Latest> latestFields(String municipality, String register) {
        return jdbc.sql("select e.*, v.fields from registry_entry e join registry_entry_version v"
                        + " on v.entry_id = e.id and v.version = e.latest_version"
                        + " where e.municipality = ? and e.register = ? and e.status = 'ACTIVE' order by e.operation_name")
                .params(municipality, register)
                .query((rs, row) -> new Latest(entry(rs, row), json.read(rs.getString("fields")))).list();
    }

    /** The fields of the entry's latest version. */
    public Optional<JsonNode> latestFields(Entry entry) {
        return jdbc.sql("select fields from registry_entry_version where entry_id = ? and version = ?")
                .params(entry.id(), entry.latestVersion()).query((rs, row) -> json.read(rs.getString("fields"))).optional();
    }

    /** Links a 条例-era entry to an Act-era file that succeeds it; false if they were linked already. */
    public boolean link(long operationEntryId, long fileEntryId, String linkedBy) {
        if (jdbc.sql("select count(*) from registry_succession where operation_entry_id = ? and file_entry_id = ?")
                .params(operationEntryId, fileEntryId).query(Long.class).single() > 0) {
            return false;
        }
        jdbc.sql("insert into registry_succession (operation_entry_id, file_entry_id, linked_by, linked_at) values (?, ?, ?, ?)")
                .params(operationEntryId, fileEntryId, linkedBy, OffsetDateTime.now()).update();
        return true;
    }

    /** The files that succeed this operation. */
    public List<Entry> successors(long operationEntryId) {
        return jdbc.sql("select e.* from registry_succession s join registry_entry e on e.id = s.file_entry_id"
                        + " where s.operation_entry_id = ? order by e.operation_name")
                .param(operationEntryId).query(RegistryRepository::entry).list();
    }

    /** The operations this file succeeds. */
    public List<Entry> predecessors(long fileEntryId) {
        return jdbc.sql("select e.* from registry_succession s join registry_entry e on e.id = s.operation_entry_id"
                        + " where s.file_entry_id = ? order by e.operation_name")
                .param(fileEntryId).query(RegistryRepository::entry).list();
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getLong("id"), rs.getString("municipality"), rs.getString("register"), rs.getString("operation_name"),
                rs.getString("department"), rs.getString("status"), rs.getInt("latest_version"));
    }

    /** An entry with the fields of its latest version. */
    public record Latest(Entry entry, JsonNode fields) {
    }

    /**
     * A registry entry's current state.
     *
     * @param register      OPERATION (条例's 登録簿) or FILE (the Act's ファイル簿)
     * @param operationName the operation's name, or the file's
     */
    public record Entry(long id, String municipality, String register, String operationName, String department, String status,
            int latestVersion) {
    }
}
