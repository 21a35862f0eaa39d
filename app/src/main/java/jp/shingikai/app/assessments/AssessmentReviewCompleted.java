package jp.shingikai.app.assessments;

/** A 第三者点検 has its 提出・公表 recorded: section V of its 評価書 can be filled in. */
public record AssessmentReviewCompleted(long reviewId) {
}
