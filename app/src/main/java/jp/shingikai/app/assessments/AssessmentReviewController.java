package jp.shingikai.app.assessments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.problems.InvalidInputException;
import jp.shingikai.app.security.UserAccounts.SignedInUser;
import jp.shingikai.app.workflow.CaseHistory;
import jp.shingikai.app.workflow.StepAddresses;
import jp.shingikai.processes.AssessmentWorkflow.Tasks;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 第三者点検 API: the department uploads its draft 評価書, then each step of the process is a POST of its form. */
@RestController
@RequiredArgsConstructor
class AssessmentReviewController {

    private static final StepAddresses STEP_ADDRESSES = new StepAddresses(Map.of("draft", Tasks.DRAFT, "check", Tasks.CHECK,
            "comment-start", Tasks.COMMENT_START, "comments", Tasks.COMMENT_RECORD, "meeting", Tasks.MEETING,
            "member-review", Tasks.MEMBER_REVIEW, "result", Tasks.RESULT, "completion", Tasks.COMPLETION));

    private final AssessmentReviews reviews;
    private final AssessmentReviewSteps steps;

    @PostMapping("/api/assessment-reviews")
    ResponseEntity<ReviewView> create(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "file", required = false) MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("/file", "評価書", "評価書（案）のファイルを選んでください。");
        }
        try {
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(ReviewView.of(steps.create(user.user(), file.getOriginalFilename(), file.getBytes())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/api/assessment-reviews")
    List<ReviewView> list(@AuthenticationPrincipal SignedInUser user) {
        return reviews.list(user.user()).stream().map(ReviewView::of).toList();
    }

    @GetMapping("/api/assessment-reviews/{id}")
    ReviewView get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return ReviewView.of(reviews.get(user.user(), id));
    }

    @GetMapping("/api/assessment-reviews/{id}/history")
    List<CaseHistory.Entry> history(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return reviews.history(user.user(), id);
    }

    /** Each step: draft, check, comment-start, comments, meeting, member-review, result, completion. */
    @PostMapping("/api/assessment-reviews/{id}/{step}")
    ReviewView takeStep(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable String step,
            @RequestBody(required = false) JsonNode form) {
        return ReviewView.of(steps.take(user.user(), id, STEP_ADDRESSES.require(step), form));
    }

    /** A review with its status in Japanese and what each step recorded. */
    record ReviewView(long id, long assessmentId, String departmentCode, String title, String status, String statusLabel,
            Long meetingId, JsonNode record, int version, OffsetDateTime updatedAt) {

        static ReviewView of(AssessmentReview r) {
            return new ReviewView(r.id(), r.assessmentId(), r.departmentCode(), r.title(), r.status().name(), r.status().label(),
                    r.meetingId(), r.record(), r.version(), r.updatedAt());
        }
    }
}
