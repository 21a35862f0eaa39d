package jp.shingikai.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flowable.common.engine.impl.interceptor.EngineConfigurationConstants;
import org.flowable.dmn.api.DmnDecisionService;
import org.flowable.dmn.engine.DmnEngineConfiguration;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.test.FlowableTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which 意見を聴く項目 a draft's answers call for, and the article each cites, per municipality. */
@FlowableTest
class ConsultationGroundsDecisionTest {

    private DmnDecisionService decisions;

    @BeforeEach
    void setUp(ProcessEngine engine) {
        DmnEngineConfiguration dmn = (DmnEngineConfiguration) engine.getProcessEngineConfiguration().getEngineConfigurations()
                .get(EngineConfigurationConstants.KEY_DMN_ENGINE_CONFIG);
        decisions = dmn.getDmnDecisionService();
    }

    @DeployModels
    @ParameterizedTest(name = "{0}: {1} → {2} {3}")
    @CsvSource({
            "kodaira,    collectsSensitiveInformation, SENSITIVE_INFORMATION,  第4条第2項",
            "kodaira,    collectsFromOthers,           COLLECTION_FROM_OTHERS, 第4条第3項第8号",
            "kodaira,    usesBeyondPurpose,            USE_BEYOND_PURPOSE,     第10条第2項第6号",
            "kodaira,    providesOnline,               ONLINE_PROVISION,       第11条第2項第2号",
            "model-city, collectsSensitiveInformation, SENSITIVE_INFORMATION,  第6条第2項",
            "model-city, collectsFromOthers,           COLLECTION_FROM_OTHERS, 第6条第3項第7号",
            "model-city, usesBeyondPurpose,            USE_BEYOND_PURPOSE,     第9条第1項第6号",
            "model-city, providesOnline,               ONLINE_PROVISION,       第12条第2項"})
    void eachAnswerAloneCallsForItsGroundUnderThatMunicipalitysArticle(String municipality, String answer, String ground,
            String article) {
        assertThat(decide(municipality, answer)).containsExactly(Map.of("ground", ground, "article", article));
    }

    @DeployModels
    @Test
    void theKodairaQuestionnaireCallsForCollectionFromOthersAndUseBeyondPurpose() {
        assertThat(decide("kodaira", "collectsFromOthers", "usesBeyondPurpose")).containsExactlyInAnyOrder(
                Map.of("ground", "COLLECTION_FROM_OTHERS", "article", "第4条第3項第8号"),
                Map.of("ground", "USE_BEYOND_PURPOSE", "article", "第10条第2項第6号"));
    }

    @DeployModels
    @Test
    void everyAnswerTogetherCallsForAllFourGrounds() {
        assertThat(decide("model-city", "collectsSensitiveInformation", "collectsFromOthers", "usesBeyondPurpose",
                "providesOnline")).extracting(row -> row.get("ground")).containsExactlyInAnyOrder(
                "SENSITIVE_INFORMATION", "COLLECTION_FROM_OTHERS", "USE_BEYOND_PURPOSE", "ONLINE_PROVISION");
    }

    @DeployModels
    @Test
    void aDraftThatTouchesNoGroundNeedsNoConsultation() {
        assertThat(decide("kodaira")).isEmpty();
    }

    @DeployModels
    @Test
    void aMunicipalityWithoutRulesGetsNoGroundRatherThanAnotherCitysArticles() {
        assertThat(decide("unknown-town", "collectsFromOthers")).isEmpty();
    }

    private List<Map<String, Object>> decide(String municipality, String... yesAnswers) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("municipality", municipality);
        for (String question : List.of("collectsSensitiveInformation", "collectsFromOthers", "usesBeyondPurpose", "providesOnline")) {
            answers.put(question, List.of(yesAnswers).contains(question));
        }
        return decisions.createExecuteDecisionBuilder().decisionKey(ConsultationWorkflow.GROUNDS_DECISION)
                .variables(answers).executeDecision();
    }
}
