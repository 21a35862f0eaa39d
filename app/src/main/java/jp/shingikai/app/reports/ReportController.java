package jp.shingikai.app.reports;

import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.security.UserAccounts.SignedInUser;
import jp.shingikai.app.web.DraftedCaseApi;
import jp.shingikai.app.workflow.StepAddresses;
import jp.shingikai.processes.ConsultationWorkflow.Tasks;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 報告 API: what every drafted case type has ({@link DraftedCaseApi}), 事後報告 created directly, and (below the
 * consultation) the 実施報告 it owes. The steps that are just a form are 報告の審査 and 会議割当.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController extends DraftedCaseApi<Report, ReportController.ReportView> {

    private static final StepAddresses STEP_ADDRESSES = new StepAddresses(
            Map.of("review", Tasks.REPORT_REVIEW, "meeting-assignment", Tasks.REPORT_ASSIGNMENT));

    private final ReportSteps steps;

    ReportController(ReportService reports, ReportSteps steps) {
        super(reports, steps, STEP_ADDRESSES);
        this.steps = steps;
    }

    @PostMapping
    ResponseEntity<ReportView> createAfterTheFact(@AuthenticationPrincipal SignedInUser user, @RequestBody JsonNode content) {
        return respond(HttpStatus.CREATED, steps.createAfterTheFact(user.user(), content));
    }

    /** 実施報告, addressed below the consultation that owes it. */
    @RestController
    @RequiredArgsConstructor
    static class ImplementationReports {

        private final ReportSteps steps;

        @PostMapping("/api/consultations/{consultationId}/report")
        ResponseEntity<ReportView> create(@AuthenticationPrincipal SignedInUser user, @PathVariable long consultationId,
                @RequestBody JsonNode content) {
            Report created = steps.createImplementationReport(user.user(), consultationId, content);
            return ResponseEntity.status(HttpStatus.CREATED).eTag(Integer.toString(created.version())).body(ReportView.of(created));
        }
    }

    @Override
    protected ReportView view(Report report) {
        return ReportView.of(report);
    }

    record ReportView(long id, String kind, String kindLabel, Long consultationId, String title, String status,
            String statusLabel, String departmentCode, Long meetingId, JsonNode content, int version,
            OffsetDateTime createdAt, OffsetDateTime updatedAt) {

        static ReportView of(Report r) {
            return new ReportView(r.id(), r.kind().name(), r.kind().label(), r.consultationId(), r.title(), r.status().name(),
                    r.status().label(), r.departmentCode(), r.meetingId(), r.content(), r.version(), r.createdAt(),
                    r.updatedAt());
        }
    }
}
