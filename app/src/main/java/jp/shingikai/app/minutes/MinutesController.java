package jp.shingikai.app.minutes;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.minutes.internal.MinutesRepository.Confirmation;
import jp.shingikai.app.minutes.internal.MinutesRepository.Version;
import jp.shingikai.app.security.UserAccounts.SignedInUser;
import jp.shingikai.app.workflow.CaseHistory;
import jp.shingikai.app.workflow.StepAddresses;
import jp.shingikai.processes.MinutesWorkflow.Tasks;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** 会議録 API: started from a held meeting, then each step of its process, corrections and the fixed versions. */
@RestController
@RequiredArgsConstructor
class MinutesController {

    private static final StepAddresses STEP_ADDRESSES = new StepAddresses(Map.of("draft", Tasks.DRAFT, "confirmation",
            Tasks.CONFIRMATION, "fix", Tasks.FIX, "publication", Tasks.PUBLISH));

    private final MinutesService minutes;
    private final MinutesSteps steps;

    @PostMapping("/api/meetings/{id}/minutes")
    ResponseEntity<MinutesView> start(@AuthenticationPrincipal SignedInUser user, @PathVariable("id") long meetingId) {
        return ResponseEntity.status(HttpStatus.CREATED).body(MinutesView.of(steps.start(user.user(), meetingId)));
    }

    @GetMapping("/api/minutes/{id}")
    MinutesView get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return MinutesView.of(minutes.get(user.user(), id));
    }

    /** 作成, 委員確認, 会長確定 and 公開: each a POST of its form alone to the step's address. */
    @PostMapping("/api/minutes/{id}/{step}")
    MinutesView takeStep(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable String step,
            @RequestBody(required = false) JsonNode form) {
        return MinutesView.of(steps.take(user.user(), id, STEP_ADDRESSES.require(step), form));
    }

    /** 訂正 after 確定: {@code {"content": {...minutes-draft...}, "reason": "..."}}. */
    @PostMapping("/api/minutes/{id}/corrections")
    MinutesView correct(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody Correction correction) {
        return MinutesView.of(steps.correct(user.user(), id, correction.content(), correction.reason()));
    }

    @GetMapping("/api/minutes/{id}/confirmations")
    List<Confirmation> confirmations(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return minutes.confirmations(user.user(), id);
    }

    @GetMapping("/api/minutes/{id}/versions")
    List<Version> versions(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return minutes.versions(user.user(), id);
    }

    @GetMapping("/api/minutes/{id}/history")
    List<CaseHistory.Entry> history(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return minutes.history(user.user(), id);
    }

    record Correction(JsonNode content, String reason) {
    }

    /** The minutes with their status in Japanese. */
    record MinutesView(long id, long meetingId, String title, String status, String statusLabel, JsonNode header,
            JsonNode content, int version) {

        static MinutesView of(Minutes m) {
            return new MinutesView(m.id(), m.meetingId(), m.title(), m.status().name(), m.status().label(), m.header(),
                    m.content(), m.version());
        }
    }
}
