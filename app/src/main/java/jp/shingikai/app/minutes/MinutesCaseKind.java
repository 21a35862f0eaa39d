package jp.shingikai.app.minutes;

import jp.shingikai.app.minutes.internal.MinutesRepository;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.app.workflow.StoredCaseKind;
import org.springframework.stereotype.Component;

/** 会議録 as a case type of the step mechanism. */
@Component
class MinutesCaseKind extends StoredCaseKind<Minutes, MinutesStatus> {

    MinutesCaseKind(MinutesRepository minutes) {
        super(SubjectType.MINUTES, "会議録", minutes::find, MinutesStatus.class, minutes::updateStatus);
    }
}
