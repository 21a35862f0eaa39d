package jp.shingikai.app.cases;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.cases.internal.ConsultationRepository;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.workflow.CaseReader;
import jp.shingikai.app.workflow.Steps;
import org.springframework.stereotype.Service;

/** 諮問 as people and other features read it; changes go through {@link ConsultationSteps}. */
@Service
public class ConsultationService extends CaseReader<Consultation> {

    private final ConsultationRepository consultations;
    private final ConsultationAccess access;
    private final ConsultationGrounds grounds;

    ConsultationService(ConsultationRepository consultations, ConsultationCaseKind kind, ConsultationAccess access, ConsultationGrounds grounds, Steps steps) {
        super(kind, consultations::all, access::isVisible, steps);
        this.consultations = consultations;
        this.access = access;
        this.grounds = grounds;
    }

    /**
     * The 意見を聴く項目 the answers so far call for, shown beside the draft form: under the rules of the case being
     * edited (its first submission's), or those in force today for a new draft.
     */
    public List<Consultation.Ground> previewGrounds(CurrentUser actor, Long consultationId, JsonNode answers) {
        access.requireDrafterRole(actor);
        Consultation consultation = consultationId == null ? null : load(consultationId);
        if (consultation != null) {
            access.requireDrafter(actor, consultation);
        }
        return grounds.preview(actor.departmentCode(), consultation, answers);
    }

    /** The council's answers on the case, the latest last. */
    public List<Answer> answers(long id) {
        return consultations.answers(id);
    }

    /** The consultation if it exists, for the search index, which drops what is gone. */
    public Optional<Consultation> find(long id) {
        return consultations.find(id);
    }

    public List<Long> consultationIds() {
        return consultations.all().stream().map(Consultation::id).toList();
    }
}
