package jp.shingikai.app.workflow;

import java.util.Optional;
import java.util.function.LongFunction;

import jp.shingikai.app.problems.NotFoundException;
import jp.shingikai.app.system.SubjectType;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * A case type kept by a repository of its own: found by id, its status written under a version. Each case type's
 * feature extends this with its repository's two methods.
 */
@RequiredArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class StoredCaseKind<C extends CaseRecord, S extends CaseStatus> implements CaseKind<C> {

    /** Writes the status if the case is still at this version. */
    @FunctionalInterface
    public interface StatusWriter<S> {
        boolean write(long id, int expectedVersion, S status);
    }

    private final SubjectType subjectType;
    private final String name;
    private final LongFunction<Optional<C>> finder;
    private final Class<S> statusType;
    private final StatusWriter<S> writer;

    @Override
    public SubjectType subjectType() {
        return subjectType;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public C find(long id) {
        return finder.apply(id).orElseThrow(() -> new NotFoundException(name, id));
    }

    @Override
    public boolean updateStatus(long id, int expectedVersion, CaseStatus status) {
        return writer.write(id, expectedVersion, statusType.cast(status));
    }
}
