package jp.shingikai.app.cases;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.council.Council;
import jp.shingikai.app.council.CouncilDirectory;
import jp.shingikai.app.problems.InvalidInputException;
import jp.shingikai.app.workflow.Workflow;
import jp.shingikai.processes.ConsultationGround;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** 意見を聴く項目: which grounds a draft's answers call for in its municipality, as the decision table says. */
@Component
@RequiredArgsConstructor
public class ConsultationGrounds {

    /** The draft form's questions the decision table reads. */
    private static final List<String> QUESTIONS = List.of("collectsSensitiveInformation", "collectsFromOthers",
            "usesBeyondPurpose", "providesOnline");

    private final CouncilDirectory councils;
    private final Workflow workflow;

    /** The grounds of a draft about to be submitted; a draft that calls for none needs no consultation. */
    List<Consultation.Ground> require(Consultation consultation, JsonNode draft) {
        Council council = councils.council(consultation.councilId());
        List<Consultation.Ground> grounds = decide(council, draft.path("answers"));
        if (grounds.isEmpty()) {
            throw new InvalidInputException("/answers", "該当する事項",
                    "どの「意見を聴く項目」にも該当しないため、審議会への諮問は不要です（" + council.municipality() + "）。");
        }
        return grounds;
    }

    /** The grounds the answers so far call for in the council of this department, shown beside the draft form. */
    List<Consultation.Ground> preview(String departmentCode, JsonNode answers) {
        return decide(councils.council(councils.department(departmentCode).councilId()), answers);
    }

    /** The article every ground cites in this council's municipality, for the 諮問書's full list. */
    public Map<ConsultationGround, String> articles(Council council) {
        Map<String, Boolean> everyAnswerYes = new HashMap<>();
        QUESTIONS.forEach(question -> everyAnswerYes.put(question, true));
        Map<ConsultationGround, String> articles = new EnumMap<>(ConsultationGround.class);
        workflow.decideGrounds(council.code(), everyAnswerYes).forEach(row -> articles.put(row.ground(), row.article()));
        return articles;
    }

    private List<Consultation.Ground> decide(Council council, JsonNode answers) {
        Map<String, Boolean> values = new HashMap<>();
        answers.fields().forEachRemaining(answer -> values.put(answer.getKey(), answer.getValue().asBoolean()));
        return workflow.decideGrounds(council.code(), values).stream()
                .map(row -> new Consultation.Ground(row.ground(), row.article()))
                .sorted(Comparator.comparing(Consultation.Ground::ground))
                .toList();
    }
}
