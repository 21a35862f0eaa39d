package jp.shingikai.app.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.cases.CaseEvents.RegistrationFiled;
import jp.shingikai.app.cases.Consultation;
import jp.shingikai.app.cases.ConsultationService;
import jp.shingikai.app.council.CouncilDirectory;
import jp.shingikai.app.registry.internal.RegistryRepository;
import jp.shingikai.app.registry.internal.RegistryRepository.Entry;
import jp.shingikai.app.system.SearchOutbox;
import jp.shingikai.japanese.Wareki;
import jp.shingikai.search.importers.Provenance;
import jp.shingikai.search.importers.RegistryRow;
import jp.shingikai.search.importers.RowKind;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * 登録簿更新 from this municipality's own cases: the department's filing (開始 / 変更 / 廃止) becomes a version of the
 * registry entry for the case's operation, linked to the case, in the same transaction as the filing.
 */
@Component
@RequiredArgsConstructor
class RegistryFilings {

    private static final Map<String, String> GROUPS = Map.of("basic", "基本事項", "health", "心身の状況", "family", "家庭状況等",
            "social", "社会生活", "beliefs", "思想信条等", "other", "その他");

    private final RegistryRepository registry;
    private final ConsultationService consultations;
    private final CouncilDirectory councils;
    private final SearchOutbox outbox;

    @EventListener
    void filed(RegistrationFiled filed) {
        Consultation consultation = consultations.load(filed.consultationId());
        JsonNode filing = filed.filing();
        String municipality = councils.council(consultation.councilId()).municipality();
        String operation = consultation.draft().path("operationName").asText(consultation.title());
        RowKind kind = switch (filing.path("change").asText()) {
            case "ABOLISH" -> RowKind.ABOLISH;
            case "CHANGE" -> RowKind.CHANGE;
            default -> RowKind.NEW;
        };
        LocalDate effectiveOn = LocalDate.parse(filing.path("effectiveOn").asText());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("operationName", operation);
        fields.put("department", councils.department(consultation.departmentCode()).name());
        fields.put("purpose", consultation.draft().path("purpose").asText(""));
        fields.put("dataSubjects", consultation.draft().path("dataSubjects").asText(""));
        fields.put("registrationNumber", filing.path("registrationNumber").asText(""));
        fields.put("recordedItems", recordedItems(filing.path("recordedItems")));
        fields.put("processing", joined(filing.path("processing")));
        fields.put("collectionSources", joined(filing.path("collectionSources")));
        fields.put("outsourcing", filing.path("outsourcing").asBoolean(false) ? "有" : "無");
        fields.put("remarks", filing.path("notes").asText(""));
        fields.values().removeIf(String::isEmpty);
        RegistryRow row = new RegistryRow(kind, municipality, fields, effectiveOn, Wareki.format(effectiveOn),
                new Provenance(consultation.caseNumber(), "登録簿更新（" + consultation.caseNumber() + "）", 0), 1.0);
        String status = kind == RowKind.ABOLISH ? RegistryImportService.ABOLISHED : RegistryImportService.ACTIVE;
        // The 登録簿 of operations; under the Act too, as the register of holdings beside the ファイル簿 (法75条5項).
        String register = Register.OPERATION.name();
        Optional<Entry> existing = registry.entry(municipality, register, operation);
        Entry entry = existing.orElseGet(() -> registry.entry(registry.insertEntry(row, register, status)).orElseThrow());
        registry.addVersion(entry, row, status, null, consultation.id());
        outbox.enqueue(SearchOutbox.Document.REGISTRY_ENTRY, entry.id());
    }

    private static String recordedItems(JsonNode groups) {
        List<String> lines = new ArrayList<>();
        groups.fields().forEachRemaining(group -> {
            String items = joined(group.getValue());
            if (!items.isEmpty()) {
                lines.add(GROUPS.getOrDefault(group.getKey(), group.getKey()) + ": " + items);
            }
        });
        return String.join("\n", lines);
    }

    private static String joined(JsonNode values) {
        List<String> items = new ArrayList<>();
        values.forEach(value -> items.add(value.asText()));
        return String.join("、", items);
    }
}
