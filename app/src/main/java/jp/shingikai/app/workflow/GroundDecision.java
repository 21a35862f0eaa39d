package jp.shingikai.app.workflow;

import jp.shingikai.processes.ConsultationGround;

/** One row the grounds decision table gives: an 意見を聴く項目 and the article of its rule set it rests on. */
public record GroundDecision(ConsultationGround ground, String article) {
}
