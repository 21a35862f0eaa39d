package jp.shingikai.app.cases;

import java.util.Map;

import jp.shingikai.app.cases.CaseEvents.AnswerRecorded;
import jp.shingikai.app.cases.CaseEvents.ConsultationAccepted;
import jp.shingikai.app.cases.CaseEvents.ConsultationReturned;
import jp.shingikai.app.meetings.Meeting;
import jp.shingikai.app.meetings.MeetingService;
import jp.shingikai.app.notifications.NotificationService;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.app.workflow.HistoryAction;
import jp.shingikai.app.workflow.Steps;
import jp.shingikai.app.workflow.WorkflowEvents.MembersToRemind;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** What people are told about a consultation on their home page: the drafter of each decision, members of reviews due. */
@Component
@RequiredArgsConstructor
class CaseNotices {

    private final ConsultationCaseKind kind;
    private final MeetingService meetings;
    private final NotificationService notifications;
    private final Steps steps;

    @EventListener
    void returned(ConsultationReturned returned) {
        tellDrafter(returned.consultationId(), "」は総務課から差し戻されました。理由を確認し、修正して再提出してください。");
    }

    @EventListener
    void accepted(ConsultationAccepted accepted) {
        Consultation consultation = kind.find(accepted.consultationId());
        tellDrafter(consultation.id(), "」は" + consultation.caseNumber() + "として受理されました。");
    }

    @EventListener
    void answered(AnswerRecorded answered) {
        tellDrafter(answered.consultationId(), "」について審議会の答申（" + answered.outcome().label() + "）が記録されました。");
    }

    /** 事前確認の督促: a notice to each member who has not yet reviewed the papers. */
    @EventListener
    void remind(MembersToRemind reminder) {
        Consultation consultation = kind.find(reminder.consultationId());
        Meeting meeting = meetings.meeting(consultation.meetingId());
        String message = meeting.label() + "（" + meeting.when() + "）の資料「" + consultation.title()
                + "」の事前確認をお願いします。";
        reminder.members().forEach(member -> notifications.notify(member, SubjectType.CONSULTATION, consultation.id(), message));
        steps.note(SubjectType.CONSULTATION, consultation.id(), HistoryAction.MEMBERS_REMINDED,
                Map.of("members", reminder.members()));
    }

    /** @param rest what follows the quoted title */
    private void tellDrafter(long consultationId, String rest) {
        Consultation consultation = kind.find(consultationId);
        notifications.notify(consultation.createdBy(), SubjectType.CONSULTATION, consultationId,
                "諮問「" + consultation.title() + rest);
    }
}
