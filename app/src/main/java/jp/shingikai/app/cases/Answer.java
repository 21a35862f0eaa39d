package jp.shingikai.app.cases;

import java.time.LocalDate;

import jp.shingikai.processes.AnswerOutcome;

/** 答申 recorded for a consultation at a meeting (継続審議 included). */
public record Answer(long id, long consultationId, long meetingId, AnswerOutcome outcome, LocalDate answeredOn,
        String attachedOpinion, String summary) {
}
