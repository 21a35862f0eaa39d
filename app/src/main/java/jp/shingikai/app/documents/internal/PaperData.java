package jp.shingikai.app.documents.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.cases.Answer;
import jp.shingikai.app.cases.Consultation;
import jp.shingikai.app.council.Council;
import jp.shingikai.app.meetings.AgendaItem;
import jp.shingikai.app.meetings.Meeting;
import jp.shingikai.app.reports.Report;
import jp.shingikai.japanese.JapaneseTime;
import jp.shingikai.japanese.Wareki;
import jp.shingikai.processes.ConsultationGround;
import jp.shingikai.templates.DocumentTemplate;

/**
 * The data each paper is filled with, from the application's records. A required value that is not there is left
 * out (null), so that generation stops and names it; optional rows (備考) are empty strings.
 */
public final class PaperData {

    private static final Map<ConsultationGround, String> STATEMENT_KEYS = Map.of(
            ConsultationGround.SENSITIVE_INFORMATION, "sensitiveInformation",
            ConsultationGround.COLLECTION_FROM_OTHERS, "collectionFromOthers",
            ConsultationGround.USE_BEYOND_PURPOSE, "useBeyondPurpose",
            ConsultationGround.ONLINE_PROVISION, "onlineProvision");
    private static final Map<ConsultationGround, DocumentTemplate> STATEMENT_TEMPLATES = Map.of(
            ConsultationGround.SENSITIVE_INFORMATION, DocumentTemplate.STATEMENT_SENSITIVE_INFORMATION,
            ConsultationGround.COLLECTION_FROM_OTHERS, DocumentTemplate.STATEMENT_COLLECTION_FROM_OTHERS,
            ConsultationGround.USE_BEYOND_PURPOSE, DocumentTemplate.STATEMENT_USE_BEYOND_PURPOSE,
            ConsultationGround.ONLINE_PROVISION, DocumentTemplate.STATEMENT_ONLINE_PROVISION);
    private static final List<String> OPTIONAL_STATEMENT_ROWS = List.of("remarks", "medium");

    private PaperData() {
    }

    public static DocumentTemplate statementTemplate(ConsultationGround ground) {
        return STATEMENT_TEMPLATES.get(ground);
    }

    /** 会議次第. */
    public static Map<String, Object> agenda(Meeting meeting, Council council, List<AgendaItem> items) {
        Map<String, Object> data = new HashMap<>();
        data.put("meeting", Map.of("title", meeting.label() + " " + council.name(),
                "date", Wareki.formatWithWeekday(meeting.heldOn()),
                "startTime", JapaneseTime.format(meeting.startsAt()),
                "place", meeting.place()));
        List<Map<String, Object>> agenda = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            agenda.add(Map.of("number", i + 1, "title", item.title(), "kind", item.marker(), "handout", "資料" + item.handoutNumber()));
        }
        data.put("items", agenda);
        return data;
    }

    /** 諮問書: every ground listed with its article, the decided ones checked. */
    public static Map<String, Object> letter(Consultation consultation, Council council, String departmentName,
            Map<ConsultationGround, String> articles, LocalDate date) {
        Map<String, Object> grounds = new HashMap<>();
        for (ConsultationGround ground : ConsultationGround.values()) {
            boolean decided = consultation.grounds().stream().anyMatch(g -> g.ground() == ground);
            Map<String, Object> row = new HashMap<>();
            row.put("mark", decided ? "☑" : "☐");
            row.put("article", articles.get(ground));
            grounds.put(ground.name(), row);
        }
        return Map.of("letter", Map.of("number", consultation.caseNumber(), "date", Wareki.format(date)),
                "council", council(council), "case", caseData(consultation, departmentName), "grounds", grounds);
    }

    /** 諮問事項別説明書 for one ground, numbered 別紙n. */
    public static Map<String, Object> statement(Consultation consultation, String departmentName, ConsultationGround ground,
            int annex) {
        JsonNode source = consultation.draft().path("statements").path(STATEMENT_KEYS.get(ground));
        Map<String, Object> statement = new HashMap<>();
        source.fields().forEachRemaining(field -> statement.put(field.getKey(), field.getValue().asText()));
        OPTIONAL_STATEMENT_ROWS.forEach(row -> statement.putIfAbsent(row, ""));
        if (ground == ConsultationGround.USE_BEYOND_PURPOSE && statement.containsKey("kind")) {
            boolean use = "USE".equals(statement.get("kind"));
            statement.put("kind", (use ? "☑" : "☐") + " 目的外利用 " + (use ? "☐" : "☑") + " 目的外外部提供");
        }
        statement.put("annex", "別紙" + annex);
        return Map.of("case", caseData(consultation, departmentName), "statement", statement);
    }

    /** 答申書. */
    public static Map<String, Object> answer(Consultation consultation, Council council, String departmentName, Answer answer) {
        Map<String, Object> values = new HashMap<>();
        values.put("date", answer.answeredOn() == null ? null : Wareki.format(answer.answeredOn()));
        values.put("outcome", answer.outcome().label());
        values.put("opinion", answer.attachedOpinion() == null || answer.attachedOpinion().isBlank() ? "なし" : answer.attachedOpinion());
        values.put("summary", answer.summary() == null ? "" : answer.summary());
        Map<String, Object> caseData = new HashMap<>(caseData(consultation, departmentName));
        caseData.put("title", consultation.title());
        caseData.put("caseNumber", consultation.caseNumber());
        return Map.of("council", council(council), "case", caseData, "answer", values);
    }

    /** 報告書. */
    public static Map<String, Object> report(Report report, String departmentName) {
        JsonNode content = report.content();
        Map<String, Object> values = new HashMap<>();
        values.put("title", report.title());
        values.put("department", departmentName);
        values.put("summary", content.hasNonNull("summary") ? content.path("summary").asText() : null);
        values.put("details", content.path("details").asText(""));
        values.put("safeguards", content.path("safeguards").asText(""));
        return Map.of("report", values);
    }

    private static Map<String, Object> council(Council council) {
        return Map.of("name", council.name(), "consultingAuthority", council.consultingAuthority(),
                "ordinance", council.ordinance());
    }

    private static Map<String, Object> caseData(Consultation consultation, String departmentName) {
        JsonNode draft = consultation.draft();
        Map<String, Object> values = new HashMap<>();
        for (String field : List.of("operationName", "purpose", "dataSubjects")) {
            values.put(field, draft.hasNonNull(field) ? draft.path(field).asText() : null);
        }
        values.put("department", departmentName);
        values.put("remarks", "");
        return values;
    }
}
