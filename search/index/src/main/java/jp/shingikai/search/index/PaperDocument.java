package jp.shingikai.search.index;

import java.time.LocalDate;

/**
 * A paper as the documents index holds it: one the system generated (諮問書, 諮問事項別説明書, 答申書, 会議次第…) in its
 * latest version, or a published document imported into the registry, with the text Tika read from it.
 *
 * @param documentType what kind of paper it is, in the words people use (諮問書, 答申書, 取込資料…)
 * @param subject      what it belongs to, as a person reads it (the case number, the meeting, the imported file)
 * @param status       the status of the case or report it belongs to, so that search can leave out drafts and
 *                     withdrawn cases; null for meetings and imports
 * @param fiscalYear   the 年度 it was made or published in
 * @param downloadPath where the API serves the file
 */
public record PaperDocument(String documentType, String title, String fileName, String subject, String municipality,
        String department, String status, Integer fiscalYear, LocalDate date, String downloadPath, String body) {
}
