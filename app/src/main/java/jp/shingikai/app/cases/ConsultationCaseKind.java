package jp.shingikai.app.cases;

import jp.shingikai.app.cases.internal.ConsultationRepository;
import jp.shingikai.app.problems.NotFoundException;
import jp.shingikai.app.system.SearchOutbox;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.app.workflow.CaseKind;
import jp.shingikai.app.workflow.CaseStatus;
import org.springframework.stereotype.Component;

/** 諮問 as a case type of the step mechanism; every change reaches the precedent search through the outbox. */
@Component
class ConsultationCaseKind implements CaseKind<Consultation> {

    private final ConsultationRepository consultations;
    private final SearchOutbox outbox;

    ConsultationCaseKind(ConsultationRepository consultations, SearchOutbox outbox) {
        this.consultations = consultations;
        this.outbox = outbox;
    }

    @Override
    public SubjectType subjectType() {
        return SubjectType.CONSULTATION;
    }

    @Override
    public String name() {
        return "諮問";
    }

    @Override
    public Consultation find(long id) {
        return consultations.find(id).orElseThrow(() -> new NotFoundException("諮問", id));
    }

    @Override
    public boolean updateStatus(long id, int expectedVersion, CaseStatus status) {
        return consultations.updateStatus(id, expectedVersion, (ConsultationStatus) status);
    }

    @Override
    public void changed(long id) {
        outbox.enqueue(SearchOutbox.CONSULTATION, id);
    }
}
