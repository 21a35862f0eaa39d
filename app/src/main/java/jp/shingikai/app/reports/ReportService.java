package jp.shingikai.app.reports;


import jp.shingikai.app.reports.internal.ReportRepository;
import jp.shingikai.app.workflow.CaseReader;
import jp.shingikai.app.workflow.Steps;
import org.springframework.stereotype.Service;

/** 報告 as people and other features read it; changes go through {@link ReportSteps}. */
@Service
public class ReportService extends CaseReader<Report> {

    ReportService(ReportRepository reports, ReportCaseKind kind, ReportAccess access, Steps steps) {
        super(kind, reports::all, access::isVisible, steps);
    }
}
