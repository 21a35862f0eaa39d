package jp.shingikai.search.index;

import java.util.List;

/**
 * A consultation as the precedent search indexes it.
 *
 * @param body       the draft's text: purpose, reasons, overview, safeguards and every 諮問事項別説明書
 * @param grounds    the 意見を聴く項目 (COLLECTION_FROM_OTHERS…)
 * @param outcome    the latest 答申 (APPROVED…), or null before one
 * @param fiscalYear the 年度 of its case number, or null before acceptance
 */
public record ConsultationDocument(String municipality, String caseNumber, String department, String title, String body,
        List<String> grounds, String status, String outcome, Integer fiscalYear) {
}
