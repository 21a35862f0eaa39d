package jp.shingikai.app.minutes;

import java.util.List;
import java.util.Optional;

import jp.shingikai.app.minutes.internal.MinutesRepository;
import jp.shingikai.app.minutes.internal.MinutesRepository.Confirmation;
import jp.shingikai.app.minutes.internal.MinutesRepository.Version;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.workflow.CaseReader;
import jp.shingikai.app.workflow.Steps;
import org.springframework.stereotype.Service;

/** 会議録 as people read them; changes go through {@link MinutesSteps}. */
@Service
public class MinutesService extends CaseReader<Minutes> {

    private final MinutesRepository minutes;

    MinutesService(MinutesRepository minutes, MinutesCaseKind kind, MinutesAccess access, Steps steps) {
        super(kind, minutes::all, access::isVisible, steps);
        this.minutes = minutes;
    }

    /** The council's published 会議録, the latest first: what the public portal may show (as its public version). */
    public List<Minutes> published(long councilId) {
        return minutes.published(councilId);
    }

    /** One published 会議録 of the council, for the public portal; none if it is not (yet) published there. */
    public Optional<Minutes> published(long councilId, long id) {
        return minutes.find(id).filter(found -> found.councilId() == councilId && found.status() == MinutesStatus.PUBLISHED);
    }

    List<Confirmation> confirmations(CurrentUser actor, long id) {
        get(actor, id);
        return minutes.confirmations(id);
    }

    /** Every fixed version, the 確定 first: a correction never replaces what was fixed before. */
    List<Version> versions(CurrentUser actor, long id) {
        get(actor, id);
        return minutes.versions(id);
    }
}
