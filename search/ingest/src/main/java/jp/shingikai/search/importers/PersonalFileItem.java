package jp.shingikai.search.importers;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The items of a 個人情報ファイル簿 (個人情報保護法75条), in the order residents see them in a published register.
 * Each has the heading the register prints and the other labels municipalities use for it.
 */
public enum PersonalFileItem {
    FILE_NAME("fileName", "個人情報ファイルの名称", "ファイルの名称", "ファイル名称", "ファイル名"),
    AGENCY("agency", "行政機関等の名称", "地方公共団体の機関の名称", "実施機関の名称", "機関の名称"),
    ORGANIZATION("organization", "個人情報ファイルが利用に供される事務をつかさどる組織の名称", "事務をつかさどる組織の名称",
            "担当組織", "担当課", "所管課", "担当部署"),
    PURPOSE("purpose", "個人情報ファイルの利用目的", "利用目的"),
    RECORD_ITEMS("recordItems", "記録項目"),
    RECORD_SCOPE("recordScope", "記録範囲", "記録される個人の範囲", "記録の範囲"),
    COLLECTION_METHOD("collectionMethod", "記録情報の収集方法", "収集方法"),
    SENSITIVE_INFORMATION("sensitiveInformation", "要配慮個人情報が含まれるときは、その旨", "要配慮個人情報"),
    REGULAR_RECIPIENTS("regularRecipients", "記録情報の経常的提供先", "経常的提供先"),
    DISCLOSURE_OFFICE("disclosureOffice", "開示請求等を受理する組織の名称及び所在地", "開示請求等を受理する組織", "開示請求等の受付"),
    SPECIAL_PROCEDURES("specialProcedures", "訂正及び利用停止に関する他の法令の規定による特別の手続等", "訂正・利用停止の特別手続",
            "他の法令の規定による特別の手続"),
    PROCESSING("processing", "個人情報ファイルの種別", "電算処理ファイル/マニュアル処理ファイルの別", "電算処理/マニュアル処理の別",
            "ファイルの種別"),
    REMARKS("remarks", "備考");

    /** Item numbers a register may print before a label: 1, (1), 1., ①. */
    private static final Pattern NUMBERING = Pattern.compile("^(?:\\(?\\d{1,2}\\)?[.、)]?|[①-⑳])");

    private final String field;
    private final List<String> labels;

    PersonalFileItem(String field, String... labels) {
        this.field = field;
        this.labels = List.of(labels);
    }

    /** The key of the item's value in a row's fields. */
    public String field() {
        return field;
    }

    /** The heading a register prints for the item. */
    public String heading() {
        return labels.get(0);
    }

    /**
     * The item a printed label names, if any: the label with its numbering, spaces and a closing colon taken away
     * either is one of the item's labels or begins with one (「要配慮個人情報の有無」 names 要配慮個人情報).
     */
    public static Optional<PersonalFileItem> named(String printed) {
        String label = NUMBERING.matcher(printed.replaceAll("[\\s\\u3000]", "")).replaceFirst("").replaceAll("[:：]$", "");
        if (label.isEmpty() || label.length() > 60) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(item -> item.labels.stream().anyMatch(known -> label.equals(known) || label.startsWith(known)))
                .findFirst();
    }
}
