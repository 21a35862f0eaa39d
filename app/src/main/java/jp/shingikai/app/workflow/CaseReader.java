package jp.shingikai.app.workflow;

import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

import jp.shingikai.app.problems.ForbiddenException;
import jp.shingikai.app.security.CurrentUser;

/**
 * Cases of one type as a person may read them: one case, all those they may see, and a case's history. Each case
 * type's read service extends this with who may see a case.
 */
public abstract class CaseReader<C extends CaseRecord> {

    private final CaseKind<C> kind;
    private final Supplier<List<C>> all;
    private final BiPredicate<CurrentUser, C> visible;
    private final Steps steps;

    protected CaseReader(CaseKind<C> kind, Supplier<List<C>> all, BiPredicate<CurrentUser, C> visible, Steps steps) {
        this.kind = kind;
        this.all = all;
        this.visible = visible;
        this.steps = steps;
    }

    /** The case, if this person may see it. */
    public C get(CurrentUser actor, long id) {
        C subject = kind.find(id);
        if (!visible.test(actor, subject)) {
            throw new ForbiddenException("この" + kind.name() + "を閲覧する権限がありません。");
        }
        return subject;
    }

    /** The case whoever asks: for other features, which check access themselves (no person reads through this). */
    public C load(long id) {
        return kind.find(id);
    }

    /** Every case of the type this person may see. */
    public List<C> list(CurrentUser actor) {
        return all.get().stream().filter(subject -> visible.test(actor, subject)).toList();
    }

    /** What has been done on the case, if this person may see it. */
    public List<CaseHistory.Entry> history(CurrentUser actor, long id) {
        get(actor, id);
        return steps.history(kind.subjectType(), id);
    }
}
