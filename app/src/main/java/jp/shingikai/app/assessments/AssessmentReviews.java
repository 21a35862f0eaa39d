package jp.shingikai.app.assessments;

import jp.shingikai.app.assessments.internal.AssessmentRepository;
import jp.shingikai.app.workflow.CaseReader;
import jp.shingikai.app.workflow.Steps;
import org.springframework.stereotype.Service;

/** 第三者点検 as people read them; changes go through {@link AssessmentReviewSteps}. */
@Service
public class AssessmentReviews extends CaseReader<AssessmentReview> {

    private final AssessmentReviewCaseKind kind;

    AssessmentReviews(AssessmentRepository assessments, AssessmentReviewCaseKind kind, AssessmentReviewAccess access, Steps steps) {
        super(kind, assessments::reviews, access::isVisible, steps);
        this.kind = kind;
    }

    /** The review whatever its status, for the features that file and index its papers (no person reads through this). */
    public AssessmentReview review(long id) {
        return kind.find(id);
    }
}
