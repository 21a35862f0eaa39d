package jp.shingikai.search.importers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A 特定個人情報保護評価書 as read from the 個人情報保護委員会's 様式.
 *
 * @param level        基礎項目評価, 重点項目評価 or 全項目評価
 * @param number       評価書番号 as printed
 * @param agency       評価実施機関名 (○○市長)
 * @param municipality the municipality the agency belongs to
 * @param basics       I 基本情報 by field: operationName, operationContent, systems, myNumberBasis, department
 * @param procedures   V/VI 評価実施手続 by field: commentMethod, commentPeriod, mainComments, reviewDate, reviewMethod,
 *                     reviewResult
 * @param review       what could not be read, with the reason
 */
public record ImpactAssessment(String level, String number, String title, String agency, String municipality,
        LocalDate publishedOn, String publishedOnText, Map<String, String> basics, List<AssessedFile> files,
        List<Transfer> transfers, String riskMeasures, Map<String, String> procedures, List<Change> changes,
        List<ReviewItem> review) {

    /** The same 評価書 as of the municipality the person importing it named. */
    public ImpactAssessment of(String named) {
        return new ImpactAssessment(level, number, title, agency, named, publishedOn, publishedOnText, basics, files, transfers,
                riskMeasures, procedures, changes, review);
    }

    /**
     * II 特定個人情報ファイルの概要 of one file.
     *
     * @param fields subjectsCount, subjectsScope, recordItems, sources, outsourcing
     */
    public record AssessedFile(String name, Map<String, String> fields) {
    }

    /**
     * One 提供先 or 移転先, from the file's overview or the 別紙 list.
     *
     * @param kind   PROVISION (提供) or TRANSFER (移転)
     * @param number its number in the list
     * @param fields counterpart, basis, use, information, subjectsCount, subjectsScope, method, timing
     */
    public record Transfer(String kind, String number, String file, Map<String, String> fields, Provenance provenance) {

        public String field(String name) {
            return fields.getOrDefault(name, "");
        }
    }

    /** One row of the 変更箇所 table: a dated change to the 評価書. */
    public record Change(LocalDate date, String dateText, String item, String before, String after, String timing,
            Provenance provenance) {
    }
}
