package jp.shingikai.search.index;

import java.time.LocalDate;
import java.util.List;

/**
 * A consultation as the precedent search indexes it: one of ours, or a 諮問 or 報告 another municipality's council
 * published (imported from its packet).
 *
 * @param body       the draft's text: purpose, reasons, overview, safeguards and every 諮問事項別説明書; of a published case,
 *                   its paper's text
 * @param grounds    the 意見を聴く項目 (COLLECTION_FROM_OTHERS…)
 * @param outcome    the latest 答申 (APPROVED…), or null before one
 * @param fiscalYear the 年度 of its case number, or null before acceptance
 * @param origin     {@link #OWN} or {@link #PUBLISHED}
 * @param caseKind   CONSULTATION (諮問) or REPORT (報告)
 * @param meeting    the meeting a published case was on (令和3年度 第3回), or null
 * @param heldOn     that meeting's day, or null
 * @param link       the page that shows the case
 */
public record ConsultationDocument(String municipality, String caseNumber, String department, String title, String body,
        List<String> grounds, String status, String outcome, Integer fiscalYear, String origin, String caseKind, String meeting,
        LocalDate heldOn, String link) {

    /** A case of this system. */
    public static final String OWN = "OWN";
    /** A case another council published, imported from its papers. */
    public static final String PUBLISHED = "PUBLISHED";
}
