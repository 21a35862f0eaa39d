package jp.shingikai.templates;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.shingikai.japanese.JapaneseTime;
import jp.shingikai.japanese.Wareki;

/** Data of the Kodaira 令和3年度 第3回 meeting, as in the published packet. */
final class KodairaPapers {

    static final String COUNCIL = "小平市情報公開・個人情報保護・公文書管理審議会";
    static final List<String[]> ITEMS = List.of(
            new String[] {"(仮称)小平市一般廃棄物処理基本計画策定に係る市民アンケート調査における個人情報の本人以外からの収集及び目的外利用について", "諮問"},
            new String[] {"地域センター等貸出し業務への公共施設予約システム導入に伴うオンライン結合による個人情報の提供について", "諮問"},
            new String[] {"子育て世帯への臨時特別給付金事業における個人情報の本人以外からの収集及び目的外利用について", "報告"});

    private KodairaPapers() {
    }

    static Map<String, Object> agenda() {
        Map<String, Object> meeting = new HashMap<>();
        meeting.put("title", "令和3年度 第3回 " + COUNCIL);
        meeting.put("date", Wareki.formatWithWeekday(LocalDate.of(2022, 3, 15)));
        meeting.put("startTime", JapaneseTime.format(LocalTime.of(17, 30)));
        meeting.put("place", "市役所3階 庁議室");
        List<Map<String, Object>> items = new java.util.ArrayList<>();
        for (int i = 0; i < ITEMS.size(); i++) {
            items.add(Map.of("number", i + 1, "title", ITEMS.get(i)[0], "kind", ITEMS.get(i)[1], "handout", "資料" + (i + 1)));
        }
        return Map.of("meeting", meeting, "items", items);
    }

    static Map<String, Object> questionnaireCase() {
        return Map.of(
                "operationName", "(仮称)小平市一般廃棄物処理基本計画策定に係る市民アンケート調査",
                "purpose", "(仮称)小平市一般廃棄物処理基本計画策定のための基礎資料となる市民アンケート調査を行うため。",
                "dataSubjects", "市内に住所を有する18歳以上の市民",
                "department", "環境部資源循環課",
                "remarks", "");
    }

    static Map<String, Object> council() {
        return Map.of("name", COUNCIL, "consultingAuthority", "小平市長 小林 洋子", "ordinance", "小平市個人情報保護条例");
    }
}
