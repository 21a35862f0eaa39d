package jp.shingikai.app.workflow;

import jp.shingikai.app.system.SubjectType;

/**
 * A type of case, as the step mechanism needs it: how to read one and how to change its status. Each case type's
 * feature provides one bean; {@link Steps} finds them by {@link #subjectType()}.
 */
public interface CaseKind<C extends CaseRecord> {

    SubjectType subjectType();

    /** What people call a case of this type, for messages: 諮問. */
    String name();

    /** @throws jp.shingikai.app.problems.NotFoundException if there is none */
    C find(long id);

    /** Sets the status if the case is still at this version; false when someone changed it first. */
    boolean updateStatus(long id, int expectedVersion, CaseStatus status);

    /** Called after every change of the case, in its transaction (the search index follows, for one). */
    default void changed(long id) {
    }
}
