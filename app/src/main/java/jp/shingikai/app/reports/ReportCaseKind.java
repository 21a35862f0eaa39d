package jp.shingikai.app.reports;

import jp.shingikai.app.problems.NotFoundException;
import jp.shingikai.app.reports.internal.ReportRepository;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.app.workflow.CaseKind;
import jp.shingikai.app.workflow.CaseStatus;
import org.springframework.stereotype.Component;

/** 報告 as a case type of the step mechanism. */
@Component
class ReportCaseKind implements CaseKind<Report> {

    private final ReportRepository reports;

    ReportCaseKind(ReportRepository reports) {
        this.reports = reports;
    }

    @Override
    public SubjectType subjectType() {
        return SubjectType.REPORT;
    }

    @Override
    public String name() {
        return "報告";
    }

    @Override
    public Report find(long id) {
        return reports.find(id).orElseThrow(() -> new NotFoundException("報告", id));
    }

    @Override
    public boolean updateStatus(long id, int expectedVersion, CaseStatus status) {
        return reports.updateStatus(id, expectedVersion, (ReportStatus) status);
    }
}
