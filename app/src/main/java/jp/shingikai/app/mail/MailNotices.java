package jp.shingikai.app.mail;

import java.util.List;

import jp.shingikai.app.cases.Answer;
import jp.shingikai.app.cases.CaseEvents.AnswerRecorded;
import jp.shingikai.app.cases.CaseEvents.ConsultationAccepted;
import jp.shingikai.app.cases.CaseEvents.ConsultationReturned;
import jp.shingikai.app.cases.Consultation;
import jp.shingikai.app.cases.ConsultationService;
import jp.shingikai.app.council.Council;
import jp.shingikai.app.council.CouncilDirectory;
import jp.shingikai.app.council.CouncilMember;
import jp.shingikai.app.meetings.Meeting;
import jp.shingikai.app.meetings.MeetingAttendance;
import jp.shingikai.app.meetings.MeetingCalendar;
import jp.shingikai.app.meetings.MeetingService;
import jp.shingikai.app.meetings.PacketDistributed;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.app.workflow.CaseRecord;
import jp.shingikai.app.workflow.HistoryAction;
import jp.shingikai.app.workflow.HistoryRecorded;
import jp.shingikai.app.workflow.Steps;
import jp.shingikai.app.workflow.WorkflowEvents.MembersToRemind;
import jp.shingikai.app.workflow.WorkflowEvents.StepOverdue;
import jp.shingikai.japanese.Wareki;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What staff and members are told by mail, in the words a city hall writes: 差戻し, 受理, 会議割当 and 答申 to the
 * drafter; 資料配布 and the review reminder to the members, with the meeting for their calendar.
 */
@Component
@RequiredArgsConstructor
class MailNotices {

    private static final String SIGNATURE = "\n\n――\n審議会事務システム（このメールには返信できません）";

    private final Mailbox mailbox;
    private final ConsultationService consultations;
    private final MeetingService meetings;
    private final MeetingAttendance attendance;
    private final CouncilDirectory councils;
    private final Steps steps;
    private final MailProperties properties;

    @EventListener
    void returned(ConsultationReturned returned) {
        Consultation consultation = consultations.load(returned.consultationId());
        mailbox.post(consultation.createdBy(), "【差戻し】" + consultation.title(), "諮問「" + consultation.title()
                + "」は、総務課の形式審査で差し戻されました。\n差戻しの理由を確認し、修正のうえ再度提出してください。"
                + link(SubjectType.CONSULTATION.pagePath(consultation.id())), null);
    }

    @EventListener
    void accepted(ConsultationAccepted accepted) {
        Consultation consultation = consultations.load(accepted.consultationId());
        mailbox.post(consultation.createdBy(), "【受理】" + consultation.title(), "諮問「" + consultation.title() + "」は、"
                + consultation.caseNumber() + "として受理されました。\n今後、事務局が審議する会議を割り当てます。"
                + link(SubjectType.CONSULTATION.pagePath(consultation.id())), null);
    }

    /** 会議割当 of a consultation or a report: the drafter learns which meeting will hear it. */
    @EventListener
    void assigned(HistoryRecorded recorded) {
        if (recorded.action() != HistoryAction.ASSIGNED) {
            return;
        }
        CaseRecord subject = steps.find(recorded.subjectType(), recorded.subjectId());
        Meeting meeting = meetings.meeting(subject.meetingId());
        String kind = recorded.subjectType().label();
        String path = recorded.subjectType().pagePath(subject.id());
        mailbox.post(subject.createdBy(), "【会議割当】" + subject.title(), kind + "「" + subject.title() + "」は、"
                + councils.council(meeting.councilId()).name() + " " + meeting.label() + "（" + meeting.when() + "、"
                + meeting.place() + "）で審議されます。" + link(path), null);
    }

    @EventListener
    void distributed(PacketDistributed distributed) {
        Meeting meeting = meetings.meeting(distributed.meetingId());
        Council council = councils.council(meeting.councilId());
        mailbox.post(usernames(meeting), "【会議資料の配布】" + council.name() + " " + meeting.label(), council.name() + " "
                + meeting.label() + "の会議資料を配布しました。\n日時：" + meeting.when() + "\n場所：" + meeting.place()
                + "\n会議の前に資料を確認し、事前確認をお願いします。" + link("/meetings/" + meeting.id()),
                MeetingCalendar.of(meeting, council));
    }

    @EventListener
    void remind(MembersToRemind reminder) {
        Consultation consultation = consultations.load(reminder.consultationId());
        Meeting meeting = meetings.meeting(consultation.meetingId());
        Council council = councils.council(meeting.councilId());
        mailbox.post(reminder.members(), "【事前確認のお願い】" + consultation.title(), meeting.label() + "（" + meeting.when()
                + "）で審議する「" + consultation.title() + "」の資料の事前確認がまだ済んでいません。\n会議の前に確認をお願いします。"
                + link(SubjectType.CONSULTATION.pagePath(consultation.id())), MeetingCalendar.of(meeting, council));
    }

    @EventListener
    void answered(AnswerRecorded answered) {
        Consultation consultation = consultations.load(answered.consultationId());
        List<Answer> answers = consultations.answers(consultation.id());
        Answer answer = answers.get(answers.size() - 1);
        String number = answer.answerNumber().isEmpty() ? "" : "（" + answer.answerNumber() + "）";
        mailbox.post(consultation.createdBy(), "【答申】" + consultation.title(), "諮問「" + consultation.title()
                + "」について、審議会の答申が記録されました。\n答申：" + answer.outcome().label() + number
                + (answer.attachedOpinion() == null ? "" : "\n附帯意見：" + answer.attachedOpinion())
                + link(SubjectType.CONSULTATION.pagePath(consultation.id())), null);
    }

    /** 会議録の確認: each member who attended is asked to confirm the draft. */
    @EventListener
    void minutesDrafted(HistoryRecorded recorded) {
        if (recorded.action() != HistoryAction.MINUTES_DRAFTED) {
            return;
        }
        long minutesId = recorded.subjectId();
        CaseRecord minutes = steps.find(SubjectType.MINUTES, minutesId);
        Meeting meeting = meetings.meeting(minutes.meetingId());
        List<String> attended = attendance.attendance(meeting.id()).map(found -> found.members().stream()
                .filter(member -> member.status().attended()).map(member -> member.memberId()).toList())
                .map(ids -> councils.membersByIds(ids).stream().map(CouncilMember::username).toList()).orElse(List.of());
        mailbox.post(attended, "【会議録の確認のお願い】" + minutes.title(), councils.council(meeting.councilId()).name() + " "
                + meeting.label() + "（" + meeting.when() + "）の会議録の案ができました。\n内容を確認し、意見があればお知らせください。"
                + link(SubjectType.MINUTES.pagePath(minutesId)), null);
    }

    /** A step past its service-level deadline: everyone who may take it is reminded, once. */
    @EventListener
    void overdue(StepOverdue overdue) {
        CaseRecord subject = steps.find(overdue.subjectType(), overdue.subjectId());
        String path = overdue.subjectType().pagePath(subject.id());
        mailbox.post(overdue.recipients(), "【期限超過】" + overdue.step() + "：" + subject.title(), "「" + subject.title() + "」の「"
                + overdue.step() + "」は、期限の" + Wareki.format(overdue.due()) + "を過ぎています。\n早めの対応をお願いします。"
                + link(path), null);
    }

    private List<String> usernames(Meeting meeting) {
        return meetings.members(meeting.id()).stream().map(CouncilMember::username).toList();
    }

    private String link(String path) {
        return "\n\n詳しくは次のページをご覧ください。\n" + properties.siteUrl() + path + SIGNATURE;
    }
}
