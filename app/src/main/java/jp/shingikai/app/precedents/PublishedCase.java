package jp.shingikai.app.precedents;

import java.time.LocalDate;
import java.util.List;

import jp.shingikai.japanese.Wareki;
import jp.shingikai.processes.AnswerOutcome;
import jp.shingikai.processes.ConsultationGround;
import jp.shingikai.search.importers.CouncilPacket;

/**
 * A 諮問 or 報告 another council published, as read from its papers: a precedent of its municipality.
 *
 * @param caseNumber     諮問第12号 as printed, or blank
 * @param meeting        the meeting it was on (令和3年度 第3回), or blank when only its 答申 came in
 * @param importId       the imported file it was read from
 * @param sourceLine     the line of that file's text its paper begins on
 * @param outcome        the 答申, once that paper or a later one carries it; else null
 * @param answerImportId the imported file the 答申 was read from
 */
public record PublishedCase(long id, String municipality, CouncilPacket.ItemKind kind, String subject, String caseNumber,
        List<ConsultationGround> grounds, String department, String council, String meeting, LocalDate heldOn, String body,
        Long importId, Integer sourceLine, AnswerOutcome outcome, LocalDate answeredOn, String answerText, Long answerImportId) {

    /** The page that shows it. */
    public String link() {
        return "/precedents/cases/" + id;
    }

    /** The meeting and its day as a page prints them: 令和3年度 第3回（令和4年3月15日）. */
    public String meetingText() {
        String day = heldOn == null ? "" : "（" + Wareki.format(heldOn) + "）";
        return (meeting + day).strip();
    }

    public String answeredOnText() {
        return answeredOn == null ? "" : Wareki.format(answeredOn);
    }
}
