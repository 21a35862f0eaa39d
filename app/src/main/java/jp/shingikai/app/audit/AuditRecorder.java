package jp.shingikai.app.audit;

import jp.shingikai.app.documents.DocumentEvents.DocumentDownloaded;
import jp.shingikai.app.documents.DocumentEvents.DocumentStored;
import jp.shingikai.app.meetings.MeetingHeld;
import jp.shingikai.app.meetings.MeetingPlanned;
import jp.shingikai.app.meetings.PacketDistributed;
import jp.shingikai.app.security.ApiTokens;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.app.workflow.HistoryRecorded;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Writes the audit trail from what the other features announce. Listeners run in the announcing transaction, so an
 * event is recorded exactly when the change it describes is.
 */
@Component
@RequiredArgsConstructor
class AuditRecorder {

    private final AuditTrail trail;

    /** Sign-ins through the login page (API requests authenticate every time and are not sign-ins). */
    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        trail.record(authentication.getName(), AuditAction.LOGIN, null, null, "ログインしました", address(authentication));
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        Authentication authentication = event.getAuthentication();
        String reason = event.getException() instanceof LockedException ? "ロック中のため拒否" : "パスワードの誤りなど";
        trail.record(authentication.getName(), AuditAction.LOGIN_FAILED, null, null, "ログインに失敗しました（" + reason + "）",
                address(authentication));
    }

    @EventListener
    void token(ApiTokens.ApiTokenEvent event) {
        trail.record(event.username(), AuditAction.API_TOKEN, null, null, "APIトークン「" + event.tokenName() + "」" + event.what(), null);
    }

    @EventListener
    void changed(HistoryRecorded recorded) {
        String subject = recorded.subjectType().label();
        trail.record(recorded.actor(), AuditAction.STATE_CHANGE, recorded.subjectType(), recorded.subjectId(),
                subject + " " + recorded.subjectId() + ": " + recorded.action().label() + "（" + recorded.statusLabel() + "）",
                null);
    }

    @EventListener
    void planned(MeetingPlanned planned) {
        trail.record(planned.plannedBy(), AuditAction.MEETING, SubjectType.MEETING, planned.meetingId(),
                planned.label() + " の会議を登録しました", null);
    }

    @EventListener
    void distributed(PacketDistributed distributed) {
        trail.record(distributed.distributedBy(), AuditAction.MEETING, SubjectType.MEETING, distributed.meetingId(),
                distributed.label() + " の会議資料を委員に配布しました", null);
    }

    @EventListener
    void held(MeetingHeld held) {
        trail.record(held.recordedBy(), AuditAction.MEETING, SubjectType.MEETING, held.meetingId(), "会議の開催を記録しました", null);
    }

    @EventListener
    void generated(DocumentStored stored) {
        trail.record(stored.actor(), AuditAction.DOCUMENT_GENERATED, stored.subjectType(), stored.subjectId(),
                "「" + stored.title() + "」第" + stored.version() + "版を作成しました", null);
    }

    @EventListener
    void downloaded(DocumentDownloaded downloaded) {
        trail.record(downloaded.actor(), AuditAction.DOCUMENT_DOWNLOADED, downloaded.subjectType(), downloaded.subjectId(),
                "「" + downloaded.title() + "」第" + downloaded.version() + "版をダウンロードしました", null);
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
