package jp.shingikai.app.minutes;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jp.shingikai.app.council.CouncilDirectory;
import jp.shingikai.app.meetings.MeetingService;
import jp.shingikai.app.minutes.MinutesEdition.Audience;
import jp.shingikai.app.minutes.internal.MinutesRepository;
import jp.shingikai.app.minutes.internal.MinutesRepository.Confirmation;
import jp.shingikai.app.minutes.internal.MinutesRepository.Version;
import jp.shingikai.app.problems.StateConflictException;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.workflow.CaseReader;
import jp.shingikai.app.workflow.Steps;
import jp.shingikai.japanese.Wareki;
import org.springframework.stereotype.Service;

/** 会議録 as people read them; changes go through {@link MinutesSteps}. */
@Service
public class MinutesService extends CaseReader<Minutes> {

    private final MinutesRepository minutes;
    private final MinutesCaseKind kind;
    private final CouncilDirectory councils;
    private final MeetingService meetings;
    private final Clock clock;

    MinutesService(MinutesRepository minutes, MinutesCaseKind kind, MinutesAccess access, Steps steps,
            CouncilDirectory councils, MeetingService meetings, Clock clock) {
        super(kind, minutes::all, access::isVisible, steps);
        this.minutes = minutes;
        this.kind = kind;
        this.councils = councils;
        this.meetings = meetings;
        this.clock = clock;
    }

    /** The council's published 会議録, the latest first: what the public portal may show (as its public version). */
    public List<Minutes> published(long councilId) {
        return minutes.published(councilId);
    }

    /** One published 会議録 of the council, for the public portal; none if it is not (yet) published there. */
    public Optional<Minutes> published(long councilId, long id) {
        return minutes.find(id).filter(found -> found.councilId() == councilId && found.status() == MinutesStatus.PUBLISHED);
    }

    /** The 会議録 whatever its status, for the features that file and index it (no person reads through this). */
    public Minutes minutes(long id) {
        return kind.find(id);
    }

    /** Every published 会議録 of every council, for rebuilding the public search index. */
    public List<Long> publishedIds() {
        return minutes.publishedIds();
    }

    /**
     * The latest fixed version as the audience reads it: the full text for the council, the 公開版 for residents.
     * Minutes not yet fixed have no edition.
     */
    public MinutesEdition latestEdition(long id, Audience audience) {
        Minutes found = kind.find(id);
        List<Version> versions = minutes.versions(id);
        if (versions.isEmpty()) {
            throw new StateConflictException("会議録は確定してから文書にします。");
        }
        Version latest = versions.get(versions.size() - 1);
        return MinutesEdition.of(audience, found, latest.content(), versionLabel(latest), councils.council(found.councilId()),
                meetings.agenda(found.meetingId()));
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

    /** 第1版（令和8年12月1日確定）, 第2版（令和8年12月8日訂正）, dated where the council is. */
    private String versionLabel(Version version) {
        return "第" + version.number() + "版（" + Wareki.format(version.fixedAt(), clock.getZone())
                + (version.reason() == null ? "確定" : "訂正") + "）";
    }
}
