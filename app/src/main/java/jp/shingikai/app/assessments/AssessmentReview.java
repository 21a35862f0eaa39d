package jp.shingikai.app.assessments;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.workflow.CaseRecord;

/**
 * 第三者点検: the council's review of one draft 評価書 of a department.
 *
 * @param assessmentId the 評価書 as read from the department's file
 * @param record       what each step recorded, by step: draft, check, comment, questions, result, completion
 */
public record AssessmentReview(long id, long councilId, String departmentCode, long assessmentId, String title,
        AssessmentReviewStatus status, JsonNode record, Long meetingId, String processInstanceId, String createdBy,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, int version) implements CaseRecord {
}
