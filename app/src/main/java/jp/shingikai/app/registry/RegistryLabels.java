package jp.shingikai.app.registry;

import java.util.Arrays;
import java.util.Map;

import jp.shingikai.search.importers.PersonalFileItem;
import org.springframework.stereotype.Component;

/** The words the registry pages use for the importers' field names and the import outcomes. */
@Component("registryLabels")
public class RegistryLabels {

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("operationName", "事務の名称"), Map.entry("department", "担当課"), Map.entry("purpose", "収集の目的"),
            Map.entry("dataSubjects", "記録の対象者"), Map.entry("collectionMethod", "収集の方法"), Map.entry("reason", "理由"),
            Map.entry("content", "内容"), Map.entry("recipient", "提供先"), Map.entry("recipientOperation", "提供先の業務"),
            Map.entry("provisionKind", "区分"), Map.entry("basis", "根拠"), Map.entry("recordedItems", "記録項目"),
            Map.entry("processing", "処理形態"), Map.entry("collectionSources", "収集先"), Map.entry("outsourcing", "委託"),
            Map.entry("registrationNumber", "登録番号"), Map.entry("startedOn", "開始年月日"), Map.entry("changes", "変更の内容"),
            Map.entry("remarks", "備考"), Map.entry("myNumber", "個人番号を含む"), Map.entry("connection", "結合先"),
            Map.entry("statementGround", "説明書の項目"), Map.entry("regularProvision", "経常的な目的外利用・提供"),
            Map.entry("impactAssessment", "特定個人情報保護評価"));

    private static final Map<String, String> OUTCOMES = Map.of("IMPORTED", "取り込みました", "SKIPPED", "取込み済み（同じファイル）",
            "ENCRYPTED", "パスワード保護のため読めません", "FAILED", "取り込めません", "UNSUPPORTED", "対応していない形式",
            "OCR_UNAVAILABLE", "文字認識が使えません", "UNRECOGNIZED", "未対応の様式（保管済み）", "REFUSED", "安全のため取り込みません");

    /** The words for a field: a ファイル簿 item's printed heading, an importer field's label, or the key as printed. */
    public String label(String field) {
        return Arrays.stream(PersonalFileItem.values()).filter(item -> item.field().equals(field)).findFirst()
                .map(PersonalFileItem::heading).orElse(FIELDS.getOrDefault(field, field));
    }

    public String outcome(String outcome) {
        return OUTCOMES.getOrDefault(outcome, outcome);
    }
}
