package jp.shingikai.app.assessments;

import java.util.Map;

import jp.shingikai.app.assessments.internal.AssessmentRepository;
import jp.shingikai.app.council.CouncilDirectory;
import jp.shingikai.app.notifications.NotificationService;
import jp.shingikai.app.registry.RegistryFileChanged;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.app.workflow.HistoryAction;
import jp.shingikai.app.workflow.Steps;
import jp.shingikai.processes.AssessmentWorkflow;
import jp.shingikai.processes.AssessmentWorkflow.Variables;
import lombok.RequiredArgsConstructor;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * 再評価の督促: five years after the 公表日 (the process's timer), and whenever a ファイル簿 file the 評価書 covers is
 * changed, the department is told to consider a new 評価, and the review's history says so.
 */
@Component(AssessmentWorkflow.REMIND_REEVALUATION)
@RequiredArgsConstructor
class AssessmentReminders implements JavaDelegate {

    private final AssessmentRepository assessments;
    private final CouncilDirectory councils;
    private final NotificationService notifications;
    private final Steps steps;

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(Variables.REVIEW_ID)).longValue();
        AssessmentReview review = assessments.review(id).orElseThrow();
        notifications.notify(review.createdBy(), SubjectType.ASSESSMENT, id,
                "「" + review.title() + "」の公表から5年が経ちます。特定個人情報保護評価の再実施（再評価）を行ってください。");
        steps.note(SubjectType.ASSESSMENT, id, HistoryAction.REEVALUATION_DUE, null);
    }

    @EventListener
    void fileChanged(RegistryFileChanged changed) {
        for (AssessmentReview review : assessments.coveringFile(changed.municipality(), changed.fileName())) {
            notifications.notify(review.createdBy(), SubjectType.ASSESSMENT, review.id(), "個人情報ファイル簿「" + changed.fileName()
                    + "」が変更されました。「" + review.title() + "」の評価の見直し（重要な変更なら再評価）が必要か確認してください。");
            steps.note(SubjectType.ASSESSMENT, review.id(), HistoryAction.REGISTRY_FILE_CHANGED,
                    Map.of("file", changed.fileName(), "council", councils.council(review.councilId()).name()));
        }
    }
}
