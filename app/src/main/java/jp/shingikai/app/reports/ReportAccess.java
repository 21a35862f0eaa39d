package jp.shingikai.app.reports;

import java.util.EnumSet;
import java.util.Set;

import jp.shingikai.app.meetings.MeetingService;
import jp.shingikai.app.problems.ForbiddenException;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.Role;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** Who may see a report and what they may do with it; steps, API and pages ask here. */
@Component
@RequiredArgsConstructor
public class ReportAccess {

    /** What a person may do to a report besides its workflow steps. */
    public enum ReportAction {
        EDIT, SUBMIT
    }

    private final MeetingService meetings;

    /** As for consultations: a draft is the department's own; members read it once its meeting's packet reached them. */
    public boolean isVisible(CurrentUser actor, Report report) {
        if (actor.actsFor(report.departmentCode())) {
            return true;
        }
        if (report.status() == ReportStatus.DRAFT) {
            return false;
        }
        return actor.has(Role.SOUMU) || actor.has(Role.SECRETARIAT)
                || actor.has(Role.VIEWER) && report.status() != ReportStatus.SUBMITTED && report.status() != ReportStatus.RETURNED
                || actor.has(Role.MEMBER) && report.meetingId() != null && meetings.papersVisibleTo(report.meetingId(), actor.username());
    }

    public Set<ReportAction> allowedActions(CurrentUser actor, Report report) {
        return isDrafter(actor, report.departmentCode()) && report.status().isEditable()
                ? EnumSet.allOf(ReportAction.class) : EnumSet.noneOf(ReportAction.class);
    }

    /** Only a department's drafters write reports. */
    public void requireDrafterRole(CurrentUser actor) {
        if (!actor.has(Role.DEPARTMENT) || actor.departmentCode() == null) {
            throw new ForbiddenException("報告の作成は所管課の起案担当者が行います。");
        }
    }

    void requireDrafter(CurrentUser actor, Report report) {
        requireDrafter(actor, report.departmentCode());
    }

    void requireDrafter(CurrentUser actor, String departmentCode) {
        if (!isDrafter(actor, departmentCode)) {
            throw new ForbiddenException("この報告は所管課の起案担当者のみ操作できます。");
        }
    }

    private static boolean isDrafter(CurrentUser actor, String departmentCode) {
        return actor.has(Role.DEPARTMENT) && actor.actsFor(departmentCode);
    }
}
