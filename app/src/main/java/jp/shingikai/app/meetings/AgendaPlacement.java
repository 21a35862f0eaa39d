package jp.shingikai.app.meetings;

import java.util.Map;

import jp.shingikai.app.workflow.CaseRecord;
import jp.shingikai.app.workflow.HistoryAction;
import jp.shingikai.app.workflow.Steps;
import jp.shingikai.app.workflow.WorkflowEvents.HandoutsDue;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** 資料作成, for every case type: the case takes its place and 資料 number on the meeting's agenda. */
@Component
@RequiredArgsConstructor
class AgendaPlacement {

    private final MeetingService meetings;
    private final Steps steps;

    @EventListener
    void onHandoutsDue(HandoutsDue due) {
        CaseRecord subject = steps.find(due.subjectType(), due.subjectId());
        AgendaItem item = meetings.placeOnAgenda(due.meetingId(), due.subjectType(), subject.id(), subject.title());
        steps.note(due.subjectType(), subject.id(), HistoryAction.HANDOUTS_PREPARED,
                Map.of("meetingId", due.meetingId(), "handout", "資料" + item.handoutNumber()));
    }
}
