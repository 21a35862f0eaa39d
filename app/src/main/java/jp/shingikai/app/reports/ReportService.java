package jp.shingikai.app.reports;

import java.util.List;

import jp.shingikai.app.reports.internal.ReportRepository;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.app.workflow.CaseHistory;
import jp.shingikai.app.workflow.Steps;
import org.springframework.stereotype.Service;

/** 報告 as people and other features read it; changes go through {@link ReportSteps}. */
@Service
public class ReportService {

    private final ReportRepository reports;
    private final ReportCaseKind kind;
    private final ReportAccess access;
    private final Steps steps;

    ReportService(ReportRepository reports, ReportCaseKind kind, ReportAccess access, Steps steps) {
        this.reports = reports;
        this.kind = kind;
        this.access = access;
        this.steps = steps;
    }

    public Report get(CurrentUser actor, long id) {
        Report report = kind.find(id);
        access.requireVisible(actor, report);
        return report;
    }

    public List<Report> list(CurrentUser actor) {
        return reports.all().stream().filter(report -> access.isVisible(actor, report)).toList();
    }

    public List<CaseHistory.Entry> history(CurrentUser actor, long id) {
        get(actor, id);
        return steps.history(SubjectType.REPORT, id);
    }

    /** The report whoever asks; for other features, which check access themselves. */
    public Report report(long id) {
        return kind.find(id);
    }
}
