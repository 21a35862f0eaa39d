package jp.shingikai.app.web;

import java.util.List;

import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.system.SubjectType;

/**
 * The papers of a case or meeting as its page lists them. The documents feature answers; the case pages ask through
 * this, so that they need not depend on the feature that itself reads the cases.
 */
public interface SubjectPapers {

    /** Every version, for someone allowed to read the subject. */
    List<SubjectPage.PaperRow> papers(CurrentUser actor, SubjectType subjectType, long subjectId);
}
