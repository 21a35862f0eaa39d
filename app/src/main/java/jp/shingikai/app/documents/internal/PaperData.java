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
import jp.shingikai.app.minutes.MinutesEdition;
import jp.shingikai.app.reports.Report;
import jp.shingikai.app.workflow.RuleSet;
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
            ConsultationGround.ONLINE_PROVISION, "onlineProvision",
            ConsultationGround.EXPERT_OPINION, "expertOpinion",
            ConsultationGround.HANDLING_STANDARDS, "handlingStandards");
    private static final Map<ConsultationGround, DocumentTemplate> STATEMENT_TEMPLATES = Map.of(
            ConsultationGround.SENSITIVE_INFORMATION, DocumentTemplate.STATEMENT_SENSITIVE_INFORMATION,
            ConsultationGround.COLLECTION_FROM_OTHERS, DocumentTemplate.STATEMENT_COLLECTION_FROM_OTHERS,
            ConsultationGround.USE_BEYOND_PURPOSE, DocumentTemplate.STATEMENT_USE_BEYOND_PURPOSE,
            ConsultationGround.ONLINE_PROVISION, DocumentTemplate.STATEMENT_ONLINE_PROVISION,
            ConsultationGround.EXPERT_OPINION, DocumentTemplate.STATEMENT_EXPERT_OPINION,
            ConsultationGround.HANDLING_STANDARDS, DocumentTemplate.STATEMENT_HANDLING_STANDARDS);
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

    /** 諮問書: every ground of the rule set the case was submitted under, with its article, the decided ones checked. */
    public static Map<String, Object> letter(Consultation consultation, Council council, String departmentName,
            RuleSet ruleSet, Map<ConsultationGround, String> articles, LocalDate date) {
        List<Map<String, Object>> grounds = new ArrayList<>();
        articles.forEach((ground, article) -> {
            boolean decided = consultation.grounds().stream().anyMatch(g -> g.ground() == ground);
            grounds.add(Map.of("mark", decided ? "☑" : "☐", "label", ground.label(), "article", ruleSet.cite(article)));
        });
        return Map.of("letter", Map.of("number", consultation.caseNumber(), "date", Wareki.format(date)),
                "council", council(council), "rules", Map.of("instrument", ruleSet.instrument()),
                "case", caseData(consultation, departmentName), "grounds", grounds);
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

    private static final List<String[]> GROUPS = List.of(new String[] {"basic", "基本事項"}, new String[] {"health", "心身の状況"},
            new String[] {"family", "家庭状況等"}, new String[] {"social", "社会生活"}, new String[] {"beliefs", "思想信条等"});
    private static final List<String> PROCESSING = List.of("電算以外", "電算", "オンライン結合");
    private static final List<String> SOURCES = List.of("本人", "本人以外", "実施機関内", "他の実施機関", "他の官公庁", "民間・私人", "その他");

    /** 保有個人情報取扱事務届出書, from the registry-update form the department filed after the answer. */
    public static Map<String, Object> registrationNotice(Consultation consultation, Council council, String departmentName,
            JsonNode filing, LocalDate date) {
        String change = filing.path("change").asText();
        String effectiveOn = filing.hasNonNull("effectiveOn") ? Wareki.format(LocalDate.parse(filing.path("effectiveOn").asText())) : null;
        Map<String, Object> notice = new HashMap<>();
        notice.put("date", Wareki.format(date));
        notice.put("start", mark("START".equals(change)));
        notice.put("change", mark("CHANGE".equals(change)));
        notice.put("abolish", mark("ABOLISH".equals(change)));
        notice.put("department", departmentName);
        notice.put("registrationNumber", filing.path("registrationNumber").asText(""));
        notice.put("startedOn", "START".equals(change) ? effectiveOn : "");
        notice.put("changedOn", "START".equals(change) ? "" : effectiveOn);
        StringBuilder recorded = new StringBuilder();
        for (String[] group : GROUPS) {
            List<String> items = new ArrayList<>();
            filing.path("recordedItems").path(group[0]).forEach(item -> items.add(item.asText()));
            if (!items.isEmpty()) {
                recorded.append(group[1]).append(": ").append(String.join("、", items)).append('\n');
            }
        }
        if (!filing.path("recordedItems").path("other").asText("").isEmpty()) {
            recorded.append("その他: ").append(filing.path("recordedItems").path("other").asText());
        }
        notice.put("recordedItems", recorded.toString().strip());
        notice.put("processing", marks(PROCESSING, filing.path("processing")));
        notice.put("collectionSources", marks(SOURCES, filing.path("collectionSources")));
        notice.put("outsourcing", filing.hasNonNull("outsourcing")
                ? mark(filing.path("outsourcing").asBoolean()) + " 有 " + mark(!filing.path("outsourcing").asBoolean()) + " 無" : "");
        notice.put("remarks", filing.path("notes").asText(""));
        return Map.of("notice", notice, "council", Map.of("authority", council.municipality() + "長",
                "ordinance", council.ordinance()), "case", caseData(consultation, departmentName));
    }

    private static String mark(boolean ticked) {
        return ticked ? "☑" : "☐";
    }

    /** Every choice with ☑ or ☐, as the printed form shows its boxes. */
    private static String marks(List<String> choices, JsonNode ticked) {
        List<String> chosen = new ArrayList<>();
        ticked.forEach(item -> chosen.add(item.asText()));
        List<String> printed = new ArrayList<>();
        choices.forEach(choice -> printed.add(mark(chosen.contains(choice)) + " " + choice));
        return String.join(" ", printed);
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
    /** 会議録, in the edition given: the full text for the council, the 公開版 for residents. */
    public static Map<String, Object> minutes(MinutesEdition edition) {
        boolean forPublic = edition.audience() == MinutesEdition.Audience.PUBLIC;
        Map<String, Object> minutes = new HashMap<>();
        minutes.put("heading", edition.name() + " 会議録" + (forPublic ? "（公開版）" : ""));
        minutes.put("version", edition.version());
        minutes.put("when", edition.when());
        minutes.put("place", edition.place());
        minutes.put("attending", listed(edition.attending()));
        minutes.put("absent", listed(edition.absent()));
        minutes.put("chair", edition.chair());
        minutes.put("secretariat", listed(edition.secretariat()));
        minutes.put("explainers", listed(edition.explainers()));
        minutes.put("publicAttendees", edition.publicAttendees() + "人");
        minutes.put("quorum", edition.quorum());
        minutes.put("form", edition.form());
        minutes.put("closedNote", edition.closedReasons().isEmpty() ? ""
                : "このほか非公開の議題が" + edition.closedReasons().size() + "件あります（" + String.join("、", edition.closedReasons())
                        + "）。非公開としたため掲載していません。");
        minutes.put("maskNote", forPublic ? "■で示した部分は、不開示情報のため掲載していません。" : "");
        List<Map<String, Object>> items = new ArrayList<>();
        for (MinutesEdition.Item item : edition.items()) {
            items.add(Map.of("heading", "資料" + item.handoutNumber() + "　" + item.title(),
                    "result", item.outcome().isEmpty() ? "" : "結果：" + item.outcome()
                            + (item.answerNumber().isEmpty() ? "" : "（" + item.answerNumber() + "）"),
                    "closed", item.closedReason().isEmpty() ? "" : "【非公開】" + item.closedReason(),
                    "statements", item.statements().stream()
                            .map(statement -> Map.of("speaker", statement.speaker(), "text", statement.text())).toList(),
                    "summary", item.summary()));
        }
        return Map.of("minutes", minutes, "items", items);
    }

    private static String listed(List<String> names) {
        return names.isEmpty() ? "なし" : String.join("、", names);
    }
}
