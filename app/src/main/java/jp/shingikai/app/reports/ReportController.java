package jp.shingikai.app.reports;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.problems.Versions;
import jp.shingikai.app.security.UserAccounts.SignedInUser;
import jp.shingikai.app.workflow.CaseHistory;
import jp.shingikai.app.workflow.StepAddresses;
import jp.shingikai.processes.ConsultationWorkflow.Tasks;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 報告 API: after-the-fact reports, implementation reports of consultations, and their steps. */
@RestController
@RequiredArgsConstructor
class ReportController {

    private static final StepAddresses STEP_ADDRESSES = new StepAddresses(
            Map.of("review", Tasks.REPORT_REVIEW, "meeting-assignment", Tasks.REPORT_ASSIGNMENT));

    private final ReportService reports;
    private final ReportSteps steps;

    @PostMapping("/api/reports")
    ResponseEntity<ReportView> createAfterTheFact(@AuthenticationPrincipal SignedInUser user, @RequestBody JsonNode content) {
        return respond(HttpStatus.CREATED, steps.createAfterTheFact(user.user(), content));
    }

    @PostMapping("/api/consultations/{consultationId}/report")
    ResponseEntity<ReportView> createImplementationReport(@AuthenticationPrincipal SignedInUser user,
            @PathVariable long consultationId, @RequestBody JsonNode content) {
        return respond(HttpStatus.CREATED, steps.createImplementationReport(user.user(), consultationId, content));
    }

    @GetMapping("/api/reports")
    List<ReportView> list(@AuthenticationPrincipal SignedInUser user) {
        return reports.list(user.user()).stream().map(ReportView::of).toList();
    }

    @GetMapping("/api/reports/{id}")
    ResponseEntity<ReportView> get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return respond(HttpStatus.OK, reports.get(user.user(), id));
    }

    @PutMapping("/api/reports/{id}")
    ResponseEntity<ReportView> edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody JsonNode content) {
        steps.requireDrafter(user.user(), id);
        return respond(HttpStatus.OK, steps.edit(user.user(), id, Versions.fromIfMatch(ifMatch), content));
    }

    @PostMapping("/api/reports/{id}/submit")
    ResponseEntity<ReportView> submit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) Integer version) {
        return respond(HttpStatus.OK, steps.submit(user.user(), id, version));
    }

    /** 報告の審査 and 会議割当: each a POST of its form alone to the step's address. */
    @PostMapping("/api/reports/{id}/{step}")
    ResponseEntity<ReportView> takeStep(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @PathVariable String step, @RequestBody(required = false) JsonNode form) {
        return respond(HttpStatus.OK, steps.take(user.user(), id, STEP_ADDRESSES.require(step), form));
    }

    @GetMapping("/api/reports/{id}/history")
    List<CaseHistory.Entry> history(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return reports.history(user.user(), id);
    }

    private static ResponseEntity<ReportView> respond(HttpStatus status, Report report) {
        return ResponseEntity.status(status).eTag(Integer.toString(report.version())).body(ReportView.of(report));
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
