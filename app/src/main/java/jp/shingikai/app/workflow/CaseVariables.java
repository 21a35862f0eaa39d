package jp.shingikai.app.workflow;

import java.util.Map;

import jp.shingikai.app.system.SubjectType;
import jp.shingikai.processes.AssessmentWorkflow;
import jp.shingikai.processes.ConsultationWorkflow.Variables;
import jp.shingikai.processes.MinutesWorkflow;

/**
 * The process variables that say what a process is about, read once with their types.
 *
 * @param consultationId the consultation of a consultation process, or of the implementation report it called
 * @param reportId       the report of a report process, or null
 * @param meetingId      the meeting the case is on, once assigned
 * @param minutesId      the 会議録 of a minutes process, or null
 * @param reviewId       the 第三者点検 of an assessment-review process, or null
 */
public record CaseVariables(Long consultationId, Long reportId, Long meetingId, Long minutesId, Long reviewId) {

    static CaseVariables of(Map<String, Object> variables) {
        return new CaseVariables(id(variables, Variables.CASE_ID), id(variables, Variables.REPORT_ID),
                id(variables, Variables.MEETING_ID), id(variables, MinutesWorkflow.Variables.MINUTES_ID),
                id(variables, AssessmentWorkflow.Variables.REVIEW_ID));
    }

    /** A report process carries its report's id (and, for an implementation report, the consultation's as well). */
    public SubjectType subjectType() {
        if (minutesId != null) {
            return SubjectType.MINUTES;
        }
        if (reviewId != null) {
            return SubjectType.ASSESSMENT;
        }
        return reportId != null ? SubjectType.REPORT : SubjectType.CONSULTATION;
    }

    public long subjectId() {
        if (minutesId != null) {
            return minutesId;
        }
        if (reviewId != null) {
            return reviewId;
        }
        return reportId != null ? reportId : consultationId;
    }

    static Long id(Map<String, Object> variables, String name) {
        return variables.get(name) instanceof Number number ? number.longValue() : null;
    }
}
