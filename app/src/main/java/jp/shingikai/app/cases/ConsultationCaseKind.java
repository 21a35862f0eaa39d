package jp.shingikai.app.cases;

import jp.shingikai.app.cases.internal.ConsultationRepository;
import jp.shingikai.app.system.SearchOutbox;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.app.workflow.StoredCaseKind;
import org.springframework.stereotype.Component;

/** 諮問 as a case type of the step mechanism; every change reaches the precedent search through the outbox. */
@Component
class ConsultationCaseKind extends StoredCaseKind<Consultation, ConsultationStatus> {

    private final SearchOutbox outbox;

    ConsultationCaseKind(ConsultationRepository consultations, SearchOutbox outbox) {
        super(SubjectType.CONSULTATION, "諮問", consultations::find, ConsultationStatus.class, consultations::updateStatus);
        this.outbox = outbox;
    }

    @Override
    public void changed(long id) {
        outbox.enqueue(SearchOutbox.Document.CONSULTATION, id);
    }
}
