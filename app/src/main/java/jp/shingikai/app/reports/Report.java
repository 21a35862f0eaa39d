package jp.shingikai.app.reports;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.workflow.CaseRecord;
import jp.shingikai.processes.ReportKind;

/**
 * 報告 to the council: the implementation report of an approved consultation, or an after-the-fact report.
 *
 * @param content the report-draft form as last saved
 */
public record Report(long id, long councilId, String departmentCode, ReportKind kind, Long consultationId, String title,
        JsonNode content, ReportStatus status, Long meetingId, String processInstanceId, String createdBy,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, int version) implements CaseRecord {
}
