package jp.shingikai.app.assessments;

import jp.shingikai.app.assessments.internal.AssessmentRepository;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.app.workflow.StoredCaseKind;
import org.springframework.stereotype.Component;

/** 第三者点検 as a case type of the step mechanism. */
@Component
class AssessmentReviewCaseKind extends StoredCaseKind<AssessmentReview, AssessmentReviewStatus> {

    AssessmentReviewCaseKind(AssessmentRepository assessments) {
        super(SubjectType.ASSESSMENT, "第三者点検", assessments::review, AssessmentReviewStatus.class, assessments::updateStatus);
    }
}
