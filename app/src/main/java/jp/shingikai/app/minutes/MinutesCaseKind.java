package jp.shingikai.app.minutes;

import jp.shingikai.app.minutes.internal.MinutesRepository;
import jp.shingikai.app.problems.NotFoundException;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.app.workflow.CaseKind;
import jp.shingikai.app.workflow.CaseStatus;
import org.springframework.stereotype.Component;

/** 会議録 as a case type of the step mechanism. */
@Component
class MinutesCaseKind implements CaseKind<Minutes> {

    private final MinutesRepository minutes;

    MinutesCaseKind(MinutesRepository minutes) {
        this.minutes = minutes;
    }

    @Override
    public SubjectType subjectType() {
        return SubjectType.MINUTES;
    }

    @Override
    public String name() {
        return "会議録";
    }

    @Override
    public Minutes find(long id) {
        return minutes.find(id).orElseThrow(() -> new NotFoundException("会議録", id));
    }

    @Override
    public boolean updateStatus(long id, int expectedVersion, CaseStatus status) {
        return minutes.updateStatus(id, expectedVersion, (MinutesStatus) status);
    }
}
