package jp.shingikai.search.importers;

import java.time.LocalDate;
import java.util.Map;

/**
 * One row read from a published registry report or notification form, normalised.
 *
 * @param municipality  the municipality that published it (川口市)
 * @param fields        the row's values by field (department, operationName, purpose, dataSubjects, collectionMethod,
 *                      reason, content, recipient, recipientOperation, provisionKind, basis…), width-normalised
 * @param date          the date the row takes effect (業務開始年月日, 修正年月日, 廃止年月日, 開始年月日), if given
 * @param dateText      that date as printed (平成25年4月1日)
 * @param confidence    how sure the importer is it read the row right, from 0 to 1
 */
public record RegistryRow(RowKind kind, String municipality, Map<String, String> fields, LocalDate date, String dateText,
        Provenance provenance, double confidence) {

    public String field(String name) {
        return fields.getOrDefault(name, "");
    }

    /** What the row is about: the operation (業務の名称), or for a ファイル簿 row the file's name. */
    public String subject() {
        return kind == RowKind.FILE ? field(PersonalFileItem.FILE_NAME.field()) : field("operationName");
    }

    /** The department in charge: 担当課, or for a file the organization whose work it serves. */
    public String department() {
        return kind == RowKind.FILE ? field(PersonalFileItem.ORGANIZATION.field()) : field("department");
    }
}
