package jp.shingikai.app.cases;

import java.time.LocalDate;

import jp.shingikai.japanese.FiscalYear;
import jp.shingikai.processes.AnswerOutcome;

/**
 * 答申 recorded for a consultation at a meeting (継続審議 included).
 *
 * @param fiscalYear 年度 of the 答申番号, or null for a deferral
 * @param number     the N of 答申第N号 within that 年度
 */
public record Answer(long id, long consultationId, long meetingId, AnswerOutcome outcome, LocalDate answeredOn,
        Integer fiscalYear, Integer number, String attachedOpinion, String summary) {

    /** 令和4年度答申第1号, or empty for a deferral. */
    public String answerNumber() {
        return number == null ? "" : new FiscalYear(fiscalYear).label() + "答申第" + number + "号";
    }
}
