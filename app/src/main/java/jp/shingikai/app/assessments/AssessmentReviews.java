package jp.shingikai.app.assessments;

import jp.shingikai.app.assessments.internal.AssessmentRepository;
import jp.shingikai.app.workflow.CaseReader;
import jp.shingikai.app.workflow.Steps;
import org.springframework.stereotype.Service;

/** 第三者点検 as people read them; changes go through {@link AssessmentReviewSteps}. */
@Service
public class AssessmentReviews extends CaseReader<AssessmentReview> {

    AssessmentReviews(AssessmentRepository assessments, AssessmentReviewCaseKind kind, AssessmentReviewAccess access, Steps steps) {
        super(kind, assessments::reviews, access::isVisible, steps);
    }
}
