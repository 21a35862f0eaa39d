package jp.shingikai.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flowable.common.engine.impl.interceptor.EngineConfigurationConstants;
import org.flowable.dmn.api.DmnDecisionService;
import org.flowable.dmn.engine.DmnEngineConfiguration;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.test.FlowableTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which rule set is in force for a municipality on a reference date, and which 意見を聴く項目 a draft's answers call
 * for under it, with the article each cites.
 */
@FlowableTest
class ConsultationGroundsDecisionTest {

    private static final List<String> QUESTIONS = List.of("collectsSensitiveInformation", "collectsFromOthers",
            "usesBeyondPurpose", "providesOnline", "needsExpertOpinion", "setsHandlingStandards");

    private DmnDecisionService decisions;

    @BeforeEach
    void setUp(ProcessEngine engine) {
        DmnEngineConfiguration dmn = (DmnEngineConfiguration) engine.getProcessEngineConfiguration().getEngineConfigurations()
                .get(EngineConfigurationConstants.KEY_DMN_ENGINE_CONFIG);
        decisions = dmn.getDmnDecisionService();
    }

    @DeployModels
    @ParameterizedTest(name = "{0} on {1} → {2}")
    @CsvSource({
            "kodaira,    2001-12-26, kodaira-ordinance,    ORDINANCE",
            "kodaira,    2022-11-10, kodaira-ordinance,    ORDINANCE",
            "kodaira,    2023-03-31, kodaira-ordinance,    ORDINANCE",
            "kodaira,    2023-04-01, kodaira-act,          ACT",
            "kodaira,    2026-12-01, kodaira-act,          ACT",
            "model-city, 2023-03-31, model-city-ordinance, ORDINANCE",
            "model-city, 2023-04-01, model-city-act,       ACT"})
    void theRuleSetInForceChangesOnTheDayTheActAppliesToMunicipalities(String municipality, LocalDate day, String ruleSet,
            String era) {
        Map<String, Object> picked = ruleSet(municipality, day);
        assertThat(picked).containsEntry("ruleSet", ruleSet).containsEntry("era", era);
        assertThat((String) picked.get("instrument")).contains(era.equals("ACT") ? "個人情報の保護に関する法律第129条" : "個人情報保護条例");
    }

    @ModelTest
    void aDayBeforeAnyRuleSetOrAMunicipalityWithoutRulesPicksNone() {
        assertThat(decisions.createExecuteDecisionBuilder().decisionKey(ConsultationWorkflow.RULE_SET_DECISION)
                .variable("municipality", "kodaira").variable("referenceDate", LocalDate.of(2001, 12, 25)).executeWithSingleResult())
                .isNull();
        assertThat(decisions.createExecuteDecisionBuilder().decisionKey(ConsultationWorkflow.RULE_SET_DECISION)
                .variable("municipality", "unknown-town").variable("referenceDate", LocalDate.of(2024, 1, 1))
                .executeWithSingleResult()).isNull();
    }

    @DeployModels
    @ParameterizedTest(name = "{0}: {1} → {2} {3}")
    @CsvSource({
            "kodaira-ordinance,    collectsSensitiveInformation, SENSITIVE_INFORMATION,  第4条第2項",
            "kodaira-ordinance,    collectsFromOthers,           COLLECTION_FROM_OTHERS, 第4条第3項第8号",
            "kodaira-ordinance,    usesBeyondPurpose,            USE_BEYOND_PURPOSE,     第10条第2項第6号",
            "kodaira-ordinance,    providesOnline,               ONLINE_PROVISION,       第11条第2項第2号",
            "kodaira-act,          needsExpertOpinion,           EXPERT_OPINION,         法第129条",
            "kodaira-act,          setsHandlingStandards,        HANDLING_STANDARDS,     法第129条",
            "model-city-ordinance, collectsSensitiveInformation, SENSITIVE_INFORMATION,  第6条第2項",
            "model-city-ordinance, collectsFromOthers,           COLLECTION_FROM_OTHERS, 第6条第3項第7号",
            "model-city-ordinance, usesBeyondPurpose,            USE_BEYOND_PURPOSE,     第9条第1項第6号",
            "model-city-ordinance, providesOnline,               ONLINE_PROVISION,       第12条第2項",
            "model-city-act,       needsExpertOpinion,           EXPERT_OPINION,         法第129条"})
    void eachAnswerAloneCallsForItsGroundUnderThatRuleSetsArticle(String ruleSet, String answer, String ground, String article) {
        assertThat(decide(ruleSet, answer)).containsExactly(Map.of("ground", ground, "article", article));
    }

    @ModelTest
    void theKodairaQuestionnaireCallsForCollectionFromOthersAndUseBeyondPurposeUnderTheOrdinance() {
        assertThat(decide("kodaira-ordinance", "collectsFromOthers", "usesBeyondPurpose")).containsExactlyInAnyOrder(
                Map.of("ground", "COLLECTION_FROM_OTHERS", "article", "第4条第3項第8号"),
                Map.of("ground", "USE_BEYOND_PURPOSE", "article", "第10条第2項第6号"));
    }

    @ModelTest
    void theOrdinanceGroundsNoLongerApplyUnderTheAct() {
        assertThat(decide("kodaira-act", "collectsSensitiveInformation", "collectsFromOthers", "usesBeyondPurpose",
                "providesOnline")).isEmpty();
        assertThat(decide("kodaira-ordinance", "needsExpertOpinion", "setsHandlingStandards")).isEmpty();
    }

    @ModelTest
    void everyAnswerTogetherCallsForEveryGroundOfTheRuleSet() {
        assertThat(decide("model-city-ordinance", QUESTIONS.toArray(String[]::new))).extracting(row -> row.get("ground"))
                .containsExactlyInAnyOrder("SENSITIVE_INFORMATION", "COLLECTION_FROM_OTHERS", "USE_BEYOND_PURPOSE",
                        "ONLINE_PROVISION");
        assertThat(decide("kodaira-act", QUESTIONS.toArray(String[]::new))).extracting(row -> row.get("ground"))
                .containsExactlyInAnyOrder("EXPERT_OPINION", "HANDLING_STANDARDS");
    }

    @ModelTest
    void aDraftThatTouchesNoGroundNeedsNoConsultation() {
        assertThat(decide("kodaira-act")).isEmpty();
    }

    private Map<String, Object> ruleSet(String municipality, LocalDate day) {
        return decisions.createExecuteDecisionBuilder().decisionKey(ConsultationWorkflow.RULE_SET_DECISION)
                .variable("municipality", municipality).variable("referenceDate", day).executeWithSingleResult();
    }

    private List<Map<String, Object>> decide(String ruleSet, String... yesAnswers) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("ruleSet", ruleSet);
        for (String question : QUESTIONS) {
            answers.put(question, List.of(yesAnswers).contains(question));
        }
        return decisions.createExecuteDecisionBuilder().decisionKey(ConsultationWorkflow.GROUNDS_DECISION)
                .variables(answers).executeDecision();
    }
}
