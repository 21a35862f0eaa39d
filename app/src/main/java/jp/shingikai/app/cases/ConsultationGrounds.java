package jp.shingikai.app.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.council.Council;
import jp.shingikai.app.council.CouncilDirectory;
import jp.shingikai.app.problems.InvalidInputException;
import jp.shingikai.app.workflow.RuleSet;
import jp.shingikai.app.workflow.Workflow;
import jp.shingikai.japanese.Wareki;
import jp.shingikai.processes.ConsultationGround;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * 意見を聴く項目: which grounds a draft's answers call for, under the rule set in force for its municipality on its
 * reference date (the first submission; today for a draft not yet submitted), as the decision tables say.
 */
@Component
@RequiredArgsConstructor
public class ConsultationGrounds {

    /** The draft form's questions the decision table reads; each rule set reads those of its era. */
    private static final List<String> QUESTIONS = List.of("collectsSensitiveInformation", "collectsFromOthers",
            "usesBeyondPurpose", "providesOnline", "needsExpertOpinion", "setsHandlingStandards");

    private final CouncilDirectory councils;
    private final Workflow workflow;
    private final Clock clock;

    /** What a submission decides: the grounds and the rules they were decided under. */
    record Decision(Consultation.AppliedRules rules, List<Consultation.Ground> grounds) {
    }

    /** The grounds of a draft about to be submitted; a draft that calls for none needs no consultation. */
    Decision require(Consultation consultation, JsonNode draft) {
        Council council = councils.council(consultation.councilId());
        Consultation.AppliedRules rules = consultation.rules() != null ? consultation.rules() : rulesOn(council, today());
        List<Consultation.Ground> grounds = decide(rules.ruleSet(), draft.path("answers"));
        if (grounds.isEmpty()) {
            throw new InvalidInputException("/answers", "該当する事項", "どの「意見を聴く項目」にも該当しないため、審議会への諮問は不要です（"
                    + council.municipality() + "、" + rules.ruleSet().instrument() + "）。");
        }
        return new Decision(rules, grounds);
    }

    /** The rules a draft is written under: those it was first submitted under, else those in force today. */
    public RuleSet ruleSetOf(Consultation consultation) {
        return consultation.rules() != null ? consultation.rules().ruleSet()
                : rulesOn(councils.council(consultation.councilId()), today()).ruleSet();
    }

    /** The rules a new draft of this department is written under. */
    RuleSet ruleSetForNewDraft(String departmentCode) {
        return rulesOn(councilOf(departmentCode), today()).ruleSet();
    }

    /** The grounds the answers so far call for, shown beside the draft form. */
    List<Consultation.Ground> preview(String departmentCode, Consultation consultation, JsonNode answers) {
        RuleSet ruleSet = consultation != null ? ruleSetOf(consultation) : ruleSetForNewDraft(departmentCode);
        return decide(ruleSet, answers);
    }

    /** Every ground of the rule set a case was submitted under, with its article, for the 諮問書's full list. */
    public Map<ConsultationGround, String> articles(RuleSet ruleSet) {
        Map<String, Boolean> everyAnswerYes = new HashMap<>();
        QUESTIONS.forEach(question -> everyAnswerYes.put(question, true));
        Map<ConsultationGround, String> articles = new EnumMap<>(ConsultationGround.class);
        workflow.decideGrounds(ruleSet.key(), everyAnswerYes).forEach(row -> articles.put(row.ground(), row.article()));
        return articles;
    }

    private Consultation.AppliedRules rulesOn(Council council, LocalDate day) {
        return workflow.ruleSet(council.code(), day).map(ruleSet -> new Consultation.AppliedRules(day, ruleSet))
                .orElseThrow(() -> new InvalidInputException("/answers", "該当する事項", Wareki.format(day) + "に"
                        + council.municipality() + "で効力のある「意見を聴く項目」の規定が登録されていません。"
                        + "総務課に、判定表（consultation-grounds.dmn）への規定の登録を依頼してください。"));
    }

    private Council councilOf(String departmentCode) {
        return councils.council(councils.department(departmentCode).councilId());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private List<Consultation.Ground> decide(RuleSet ruleSet, JsonNode answers) {
        Map<String, Boolean> values = new HashMap<>();
        QUESTIONS.forEach(question -> values.put(question, false));
        answers.fields().forEachRemaining(answer -> values.put(answer.getKey(), answer.getValue().asBoolean()));
        return workflow.decideGrounds(ruleSet.key(), values).stream()
                .map(row -> new Consultation.Ground(row.ground(), row.article()))
                .sorted(Comparator.comparing(Consultation.Ground::ground))
                .toList();
    }
}
