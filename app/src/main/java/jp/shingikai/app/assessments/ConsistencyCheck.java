package jp.shingikai.app.assessments;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.assessments.internal.AssessmentRepository;
import jp.shingikai.app.cases.Consultation;
import jp.shingikai.app.cases.ConsultationService;
import jp.shingikai.app.council.CouncilDirectory;
import jp.shingikai.app.registry.Register;
import jp.shingikai.app.registry.RegistryLookup;
import jp.shingikai.app.registry.RegistryLookup.Registered;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.app.workflow.HistoryAction;
import jp.shingikai.app.workflow.HistoryRecorded;
import jp.shingikai.app.workflow.Steps;
import jp.shingikai.japanese.JapaneseText;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * 照合: when a consultation or an 評価書 is submitted, what it declares (収集先, 提供先, 記録項目, 目的外利用) is compared with
 * what the municipality has registered (the 届出書's 登録簿 entry, its ファイル簿 successors) and with the 評価書's
 * 提供先一覧. The mismatches are advice for 総務課's check, written to the case's history; they never block it.
 */
@Component
@RequiredArgsConstructor
class ConsistencyCheck {

    private static final String ITEM_SEPARATORS = "[、,，・;；\\n]|及び|並びに";

    private final RegistryLookup registry;
    private final AssessmentRepository assessments;
    private final ConsultationService consultations;
    private final CouncilDirectory councils;
    private final Steps steps;

    /** Each 提出 of a consultation is compared again, so the advice follows the draft as corrected. */
    @EventListener
    void submitted(HistoryRecorded recorded) {
        if (recorded.subjectType() == SubjectType.CONSULTATION && recorded.action() == HistoryAction.SUBMITTED) {
            Consultation consultation = consultations.load(recorded.subjectId());
            steps.note(SubjectType.CONSULTATION, consultation.id(), HistoryAction.CONSISTENCY_CHECKED,
                    Map.of("mismatches", ofConsultation(consultation)));
        }
    }

    /** A consultation's 説明書 against the 届出書 it names (登録番号 or the operation's name) and the 評価書 of its files. */
    List<String> ofConsultation(Consultation consultation) {
        String municipality = councils.council(consultation.councilId()).municipality();
        JsonNode draft = consultation.draft();
        JsonNode statements = draft.path("statements");
        List<String> numbers = new ArrayList<>();
        draft.path("registryNumbers").forEach(number -> numbers.add(number.asText()));
        List<Registered> operations = registry.operations(municipality, numbers, draft.path("operationName").asText());
        List<Registered> files = new ArrayList<>();
        operations.forEach(operation -> operation.successors().forEach(name -> registry.file(municipality, name).ifPresent(files::add)));
        List<String> advice = new ArrayList<>();
        if (operations.isEmpty()) {
            advice.add("関係する届出書（登録簿の登録）が見つからないため、照合できませんでした。登録番号を確認してください。");
            return advice;
        }
        String registered = text(operations) + text(files);
        check(advice, registered, "収集先", List.of(statements.path("collectionFromOthers").path("source").asText("")));
        List<String> recipients = List.of(statements.path("useBeyondPurpose").path("recipient").asText(""),
                statements.path("onlineProvision").path("recipient").asText(""));
        check(advice, registered, "提供先", recipients);
        List<String> items = new ArrayList<>();
        statements.forEach(statement -> items.addAll(split(statement.path("items").asText(""))));
        check(advice, registered, "記録項目", items);
        boolean beyondPurpose = draft.path("answers").path("usesBeyondPurpose").asBoolean(false);
        if (beyondPurpose && operations.stream().noneMatch(operation -> operation.fields().has("regularProvision")
                || operation.fields().has("recipient"))) {
            advice.add("目的外利用があると答えていますが、届出書に目的外利用・外部提供の記載がありません。");
        }
        List<String> provided = new ArrayList<>();
        files.forEach(file -> provided.addAll(assessments.provisionsOfFile(municipality, file.name())));
        if (!provided.isEmpty()) {
            String list = String.join("\n", provided);
            recipients.stream().filter(recipient -> !recipient.isBlank() && !mentions(list, recipient))
                    .forEach(recipient -> advice.add("説明書の提供先「" + recipient + "」が特定個人情報保護評価書の提供先一覧にありません。"));
        }
        return advice;
    }

    /** An 評価書's 提供先 against the ファイル簿 files it names. */
    List<String> ofAssessment(AssessmentReview review, List<String> fileNames) {
        String municipality = councils.council(review.councilId()).municipality();
        List<String> advice = new ArrayList<>();
        List<String> provisions = assessments.provisions(review.assessmentId());
        for (String name : fileNames) {
            registry.file(municipality, name).ifPresentOrElse(file -> {
                String recipients = file.fields().path("regularRecipients").asText("");
                provisions.stream().filter(counterpart -> !mentions(recipients, counterpart)).forEach(counterpart -> advice.add(
                        "評価書の提供先「" + counterpart + "」がファイル簿「" + name + "」の経常的提供先にありません。"));
            }, () -> advice.add("ファイル簿に「" + name + "」が見つかりません（" + Register.FILE.label() + "への登録を確認してください）。"));
        }
        return advice;
    }

    private static void check(List<String> advice, String registered, String what, List<String> declared) {
        for (String value : declared) {
            if (!value.isBlank() && !mentions(registered, value)) {
                advice.add("説明書の" + what + "「" + value.strip() + "」が届出書にありません。");
            }
        }
    }

    private static String text(List<Registered> entries) {
        StringBuilder text = new StringBuilder();
        entries.forEach(entry -> entry.fields().forEach(value -> text.append(value.asText()).append('\n')));
        return text.toString();
    }

    private static List<String> split(String items) {
        Set<String> parts = new LinkedHashSet<>();
        for (String part : JapaneseText.normalize(items).replaceAll("[()（）「」]", "、").split(ITEM_SEPARATORS)) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return List.copyOf(parts);
    }

    /** Whether the text names the value, however widths or spaces differ. */
    private static boolean mentions(String text, String value) {
        String haystack = JapaneseText.normalize(text).replaceAll("\\s", "");
        String needle = JapaneseText.normalize(value).replaceAll("\\s", "");
        return haystack.contains(needle);
    }
}
