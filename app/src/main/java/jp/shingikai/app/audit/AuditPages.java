package jp.shingikai.app.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.shingikai.app.audit.AuditTrail.AuditEvent;
import jp.shingikai.app.audit.AuditTrail.AuditFilter;
import jp.shingikai.app.security.UserAccounts.SignedInUser;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.app.web.SubjectPage;
import jp.shingikai.app.web.TypedDates;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 監査ログ for 総務課 and the secretariat: filtered on screen, or the same selection as CSV for Excel. */
@Controller
@RequiredArgsConstructor
class AuditPages {

    private final AuditTrail trail;
    private final SubjectPage subjectPage;

    @GetMapping("/audit")
    String audit(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String actor,
            @RequestParam(required = false) AuditAction action, @RequestParam(required = false) SubjectType subjectType,
            @RequestParam(required = false) Long subjectId, @RequestParam(defaultValue = "0") int page, Model model) {
        AuditFilter filter = new AuditFilter(TypedDates.parse(from).orElse(null), TypedDates.parse(to).orElse(null), actor, action, subjectType, subjectId,
                Math.max(0, page));
        List<AuditEvent> events = trail.find(user.user(), filter, false);
        model.addAttribute("events", events.stream().map(e -> new Line(subjectPage.when(e.occurredAt()), e.actor(), e.action().label(),
                e.subjectType() == null ? "" : e.subjectType().name(), e.subjectId(), e.summary(), e.remoteAddress())).toList());
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("filter", filter);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        if ((from != null && !from.isBlank() && filter.from() == null) || (to != null && !to.isBlank() && filter.to() == null)) {
            model.addAttribute("problem", "期間は「令和4年3月15日」または「2022-03-15」のように入力してください。");
        }
        return "audit/audit";
    }

    @GetMapping("/audit.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String actor,
            @RequestParam(required = false) AuditAction action, @RequestParam(required = false) SubjectType subjectType,
            @RequestParam(required = false) Long subjectId) {
        AuditFilter filter = new AuditFilter(TypedDates.parse(from).orElse(null), TypedDates.parse(to).orElse(null), actor, action, subjectType, subjectId, 0);
        byte[] body = AuditCsv.write(trail.find(user.user(), filter, true)).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("監査ログ.csv", StandardCharsets.UTF_8)
                        .build().toString())
                .body(body);
    }

    record Line(String when, String actor, String action, String subjectType, Long subjectId, String summary, String address) {
    }
}
