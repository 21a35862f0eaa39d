package jp.shingikai.app.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.workflow.CaseRecord;
import jp.shingikai.app.workflow.RuleSet;
import jp.shingikai.japanese.FiscalYear;
import jp.shingikai.processes.ConsultationGround;

/**
 * 諮問案件: one consultation of the council, from the department's draft to its last report.
 *
 * @param draft      the consultation-draft form as last saved, including the 諮問事項別説明書 per ground
 * @param fiscalYear 年度 of the case number, once 総務課 has accepted the draft
 * @param number     the N of 諮問第N号 within that 年度
 * @param meetingId  the meeting the case is (or was last) put on
 * @param grounds    the 意見を聴く項目 decided at submission, with the article each cites
 * @param rules      the rule set those grounds were decided under, fixed at the first submission; null before it
 */
public record Consultation(long id, long councilId, String departmentCode, String title, ConsultationStatus status,
        JsonNode draft, Integer fiscalYear, Integer number, Long meetingId, String processInstanceId, String createdBy,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, int version, List<Ground> grounds, AppliedRules rules)
        implements CaseRecord {

    /** The same case with its grounds, read after its row. */
    public Consultation withGrounds(List<Ground> read) {
        return new Consultation(id, councilId, departmentCode, title, status, draft, fiscalYear, number, meetingId, processInstanceId,
                createdBy, createdAt, updatedAt, version, read, rules);
    }

    /** 令和3年度諮問第2号, or empty before acceptance. */
    public String caseNumber() {
        return fiscalYear == null ? "" : new FiscalYear(fiscalYear).label() + "諮問第" + number + "号";
    }

    /**
     * The rule set a case keeps from its first submission on, even when it is answered after the rules change.
     *
     * @param referenceDate the day of the first submission, which picked the rule set
     */
    public record AppliedRules(LocalDate referenceDate, RuleSet ruleSet) {
    }

    /** One 意見を聴く項目 and the article of its rule set it rests on. */
    public record Ground(ConsultationGround ground, String article) {

        public String label() {
            return ground.label();
        }
    }
}
