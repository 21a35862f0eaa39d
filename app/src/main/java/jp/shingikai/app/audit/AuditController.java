package jp.shingikai.app.audit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jp.shingikai.app.audit.AuditTrail.AuditEvent;
import jp.shingikai.app.audit.AuditTrail.AuditFilter;
import jp.shingikai.app.security.UserAccounts.SignedInUser;
import jp.shingikai.app.system.SubjectType;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 監査ログ through the API (総務課 and the secretariat): ISO dates, 100 events a page, or all of them as CSV. */
@RestController
@RequiredArgsConstructor
class AuditController {

    private final AuditTrail trail;
    private final AuditVerification verification;

    /** 改ざん検査 (総務課): whether the hash chain holds, and if not, its first broken link and why. */
    @GetMapping("/api/audit/verification")
    AuditVerification.Result verify(@AuthenticationPrincipal SignedInUser user) {
        return verification.verify(user.user());
    }

    @GetMapping("/api/audit")
    List<AuditEvent> events(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String actor, @RequestParam(required = false) AuditAction action,
            @RequestParam(required = false) SubjectType subjectType, @RequestParam(required = false) Long subjectId,
            @RequestParam(defaultValue = "0") int page) {
        return trail.find(user.user(), new AuditFilter(from, to, actor, action, subjectType, subjectId, page), false);
    }

    @GetMapping("/api/audit.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String actor, @RequestParam(required = false) AuditAction action,
            @RequestParam(required = false) SubjectType subjectType, @RequestParam(required = false) Long subjectId) {
        List<AuditEvent> events = trail.find(user.user(), new AuditFilter(from, to, actor, action, subjectType, subjectId, 0), true);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(AuditCsv.write(events).getBytes(StandardCharsets.UTF_8));
    }
}
