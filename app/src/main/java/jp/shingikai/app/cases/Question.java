package jp.shingikai.app.cases;

import java.time.OffsetDateTime;

/** 事前質問: a member's question to the department before the meeting, and its answer once given. */
public record Question(long id, String askedBy, OffsetDateTime askedAt, String question, String answer, String answeredBy,
        OffsetDateTime answeredAt) {

    public boolean isAnswered() {
        return answer != null;
    }
}
