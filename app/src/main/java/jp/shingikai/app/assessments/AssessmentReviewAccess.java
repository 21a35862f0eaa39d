package jp.shingikai.app.assessments;

import jp.shingikai.app.meetings.MeetingService;
import jp.shingikai.app.problems.ForbiddenException;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.Role;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Who reads a 第三者点検: its department, 総務課, the secretariat and staff; the members of the meeting it is placed on,
 * from then on.
 */
@Component
@RequiredArgsConstructor
class AssessmentReviewAccess {

    private final MeetingService meetings;

    boolean isVisible(CurrentUser actor, AssessmentReview review) {
        if (actor.has(Role.SOUMU) || actor.has(Role.SECRETARIAT) || actor.has(Role.VIEWER)
                || review.departmentCode().equals(actor.departmentCode())) {
            return true;
        }
        return actor.has(Role.MEMBER) && review.meetingId() != null && meetings.isMember(review.meetingId(), actor.username());
    }

    /** The department's drafters register the 評価書 and record what the department does. */
    void requireDepartment(CurrentUser actor, AssessmentReview review) {
        if (!actor.has(Role.DEPARTMENT) || !review.departmentCode().equals(actor.departmentCode())) {
            throw new ForbiddenException("この評価書の登録・記録は所管課の起案担当が行います。");
        }
    }

    void requireDrafterRole(CurrentUser actor) {
        if (!actor.has(Role.DEPARTMENT) || actor.departmentCode() == null) {
            throw new ForbiddenException("評価書の登録は所管課の起案担当が行います。");
        }
    }
}
