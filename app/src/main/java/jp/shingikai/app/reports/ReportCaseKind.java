package jp.shingikai.app.reports;

import jp.shingikai.app.reports.internal.ReportRepository;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.app.workflow.StoredCaseKind;
import org.springframework.stereotype.Component;

/** 報告 as a case type of the step mechanism. */
@Component
class ReportCaseKind extends StoredCaseKind<Report, ReportStatus> {

    ReportCaseKind(ReportRepository reports) {
        super(SubjectType.REPORT, "報告", reports::find, ReportStatus.class, reports::updateStatus);
    }
}
