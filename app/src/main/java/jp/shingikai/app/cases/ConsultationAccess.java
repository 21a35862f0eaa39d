package jp.shingikai.app.cases;

import java.util.EnumSet;
import java.util.Set;

import jp.shingikai.app.council.CouncilDirectory;
import jp.shingikai.app.meetings.MeetingService;
import jp.shingikai.app.problems.ForbiddenException;
import jp.shingikai.app.problems.StateConflictException;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.Role;
import jp.shingikai.app.workflow.Workflow;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Who may see a consultation and what they may do with it. The steps, the API and the pages all ask here, so no rule
 * is written twice.
 */
@Component
@RequiredArgsConstructor
public class ConsultationAccess {

    private static final Set<ConsultationStatus> WITHDRAWABLE = EnumSet.of(ConsultationStatus.DRAFT,
            ConsultationStatus.SUPERVISOR_REVIEW, ConsultationStatus.SUBMITTED, ConsultationStatus.RETURNED,
            ConsultationStatus.ACCEPTED, ConsultationStatus.SCHEDULED);

    private final MeetingService meetings;
    private final CouncilDirectory councils;
    private final Workflow workflow;

    /**
     * A draft is the department's own until submitted; 総務課 and the secretariat see every case from submission, staff
     * (閲覧) once it is accepted, and a member once the packet of the case's meeting reached them.
     */
    public boolean isVisible(CurrentUser actor, Consultation consultation) {
        if (actor.actsFor(consultation.departmentCode())) {
            return true;
        }
        ConsultationStatus status = consultation.status();
        if (status == ConsultationStatus.DRAFT || status == ConsultationStatus.SUPERVISOR_REVIEW) {
            return false;
        }
        if (actor.has(Role.SOUMU) || actor.has(Role.SECRETARIAT)) {
            return true;
        }
        if (actor.has(Role.VIEWER) && !ConsultationStatus.notPrecedents().contains(status.name())) {
            return true;
        }
        return actor.has(Role.MEMBER) && consultation.meetingId() != null
                && meetings.papersVisibleTo(consultation.meetingId(), actor.username());
    }

    /** What this person may do to the case now, besides the workflow steps waiting for them. */
    public Set<ConsultationAction> allowedActions(CurrentUser actor, Consultation consultation) {
        Set<ConsultationAction> allowed = EnumSet.noneOf(ConsultationAction.class);
        ConsultationStatus status = consultation.status();
        if (isDrafter(actor, consultation)) {
            if (status.isEditable()) {
                allowed.addAll(EnumSet.of(ConsultationAction.EDIT, ConsultationAction.SUBMIT, ConsultationAction.ATTACH));
            }
            if (WITHDRAWABLE.contains(status)) {
                allowed.add(ConsultationAction.WITHDRAW);
            }
            if (status == ConsultationStatus.REGISTERED && consultation.processInstanceId() != null
                    && workflow.implementationReportProcess(consultation.processInstanceId()).isPresent()) {
                allowed.add(ConsultationAction.WRITE_REPORT);
            }
        }
        if (status == ConsultationStatus.SCHEDULED && isMemberOfMeeting(actor, consultation)
                && meetings.meeting(consultation.meetingId()).isDistributed()) {
            allowed.add(ConsultationAction.ASK_QUESTION);
        }
        if (actor.has(Role.SOUMU) && isVisible(actor, consultation)) {
            allowed.add(ConsultationAction.COMPARE_WITH_RETURNED);
        }
        return allowed;
    }

    /** Only a department's drafters start consultations. */
    public void requireDrafterRole(CurrentUser actor) {
        if (!actor.has(Role.DEPARTMENT) || actor.departmentCode() == null) {
            throw new ForbiddenException("諮問の起案は所管課の起案担当者が行います。");
        }
    }

    /** Refuses anyone but the drafters of the case's department. */
    public void requireDrafter(CurrentUser actor, Consultation consultation) {
        if (!isDrafter(actor, consultation)) {
            throw new ForbiddenException("この諮問は所管課（" + councils.department(consultation.departmentCode()).name()
                    + "）の起案担当者のみ操作できます。");
        }
    }

    void requireWithdrawable(Consultation consultation) {
        if (!WITHDRAWABLE.contains(consultation.status())) {
            throw notWithdrawable(consultation);
        }
    }

    StateConflictException notWithdrawable(Consultation consultation) {
        return new StateConflictException("「" + consultation.status().label() + "」の諮問は取り下げできません。"
                + "取下げは会議で審議される前に限られます。");
    }

    /** 事前確認 and 事前質問 are for the members of the case's meeting, once the papers reached them. */
    void requireMemberOfMeeting(CurrentUser actor, Consultation consultation) {
        if (!isMemberOfMeeting(actor, consultation)) {
            throw new ForbiddenException("この諮問を審議する会議の委員のみ行えます。");
        }
        if (!meetings.meeting(consultation.meetingId()).isDistributed()) {
            throw new StateConflictException("会議資料がまだ配布されていません。配布後に確認してください。");
        }
    }

    private static boolean isDrafter(CurrentUser actor, Consultation consultation) {
        return actor.has(Role.DEPARTMENT) && actor.actsFor(consultation.departmentCode());
    }

    private boolean isMemberOfMeeting(CurrentUser actor, Consultation consultation) {
        return actor.has(Role.MEMBER) && consultation.meetingId() != null
                && meetings.isMember(consultation.meetingId(), actor.username());
    }
}
