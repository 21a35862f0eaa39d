package jp.shingikai.app.reports;


import jp.shingikai.app.reports.internal.ReportRepository;
import jp.shingikai.app.workflow.CaseReader;
import jp.shingikai.app.workflow.Steps;
import org.springframework.stereotype.Service;

/** 報告 as people and other features read it; changes go through {@link ReportSteps}. */
@Service
public class ReportService extends CaseReader<Report> {

    private final ReportCaseKind kind;

    ReportService(ReportRepository reports, ReportCaseKind kind, ReportAccess access, Steps steps) {
        super(kind, reports::all, access::isVisible, steps);
        this.kind = kind;
    }

    /** The report whoever asks; for other features, which check access themselves. */
    public Report report(long id) {
        return kind.find(id);
    }
}
