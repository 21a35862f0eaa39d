package jp.shingikai.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.shingikai.japanese.testing.SharedFixtures;
import org.docx4j.wml.RFonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentGeneratorTest {

    private static final Path FIXTURE = SharedFixtures.path("kodaira-2022-council-consultation-packet.txt");

    private final DocumentGenerator generator = new DocumentGenerator(TemplateSource.defaults());

    @Test
    void theAgendaOfTheThirdMeetingReadsLineByLineAsThePublishedOne() throws Exception {
        DocxText agenda = DocxText.read(generator.generate(DocumentTemplate.AGENDA, KodairaPapers.agenda()));

        assertThat(agenda.lines()).map(DocumentGeneratorTest::comparable).containsExactlyElementsOf(publishedAgenda());
        assertThat(agenda.lines()).contains("令和4年3月15日(火)", "午後5時30分開始", "市役所3階 庁議室");
        assertThat(agenda.hasContentControls()).as("a finished paper keeps no placeholders").isFalse();
    }

    @Test
    void theConsultationLetterChecksExactlyTheDecidedGroundsWithTheirArticles() throws Exception {
        DocxText letter = DocxText.read(generator.generate(DocumentTemplate.CONSULTATION_LETTER, letter("小平市個人情報保護条例",
                ground("☐", "思想、信教、信条等に関する情報の収集", "条例第4条第2項"),
                ground("☑", "本人以外からの収集", "条例第4条第3項第8号"),
                ground("☑", "目的外利用等", "条例第10条第2項第6号"),
                ground("☐", "オンライン結合による外部提供", "条例第11条第2項第2号"))));

        assertThat(letter.lines()).contains(KodairaPapers.COUNCIL + "会長 殿", "小平市長 小林 洋子",
                "小平市個人情報保護条例の規定により、下記のとおり意見を求めます。",
                "☐ 思想、信教、信条等に関する情報の収集（条例第4条第2項）",
                "☑ 本人以外からの収集（条例第4条第3項第8号）",
                "☑ 目的外利用等（条例第10条第2項第6号）",
                "☐ オンライン結合による外部提供（条例第11条第2項第2号）");
        assertThat(letter.rows()).contains(List.of("担当部課", "環境部資源循環課"), List.of("諮問内容", "別紙のとおり"));
        assertThat(letter.hasContentControls()).isFalse();
    }

    @Test
    void aLetterUnderTheActListsTheGroundsOfItsRuleSetAndCitesItsBasis() throws Exception {
        DocxText letter = DocxText.read(generator.generate(DocumentTemplate.CONSULTATION_LETTER, letter(
                "個人情報の保護に関する法律第129条及び小平市個人情報の保護に関する法律施行条例",
                ground("☑", "専門的な知見に基づく意見を特に必要とする個人情報の取扱い", "法第129条"),
                ground("☐", "個人情報の適正な取扱いを確保するための基準の策定", "法第129条"))));

        assertThat(letter.lines()).contains(
                "個人情報の保護に関する法律第129条及び小平市個人情報の保護に関する法律施行条例の規定により、下記のとおり意見を求めます。",
                "☑ 専門的な知見に基づく意見を特に必要とする個人情報の取扱い（法第129条）",
                "☐ 個人情報の適正な取扱いを確保するための基準の策定（法第129条）")
                .noneMatch(line -> line.contains("本人以外からの収集"));
    }

    @Test
    void sectionVOfAnAssessmentHasTheCommentPeriodAndTheThirdPartyReview() throws Exception {
        Map<String, Object> data = Map.of(
                "assessment", Map.of("title", "住民基本台帳に関する事務 全項目評価書", "agency", "小平市長"),
                "comment", Map.of("method", "パブリックコメント", "period", "令和8年4月1日から令和8年4月30日まで（30日間）",
                        "shortenedReason", "", "mainComments", "意見なし", "reflection", ""),
                "review", Map.of("date", "令和8年5月20日", "method", "小平市情報公開・個人情報保護審議会による点検",
                        "result", "適切であると認められた。"));

        DocxText section = DocxText.read(generator.generate(DocumentTemplate.PIA_SECTION_V, data));

        assertThat(section.lines()).contains("V　評価実施手続", "評価書名　住民基本台帳に関する事務 全項目評価書");
        assertThat(section.rows()).contains(List.of("国民・住民等からの意見の聴取", "①方法", "パブリックコメント"),
                List.of("", "④主な意見の内容", "意見なし"), List.of("第三者点検", "①実施日", "令和8年5月20日"),
                List.of("", "③結果", "適切であると認められた。"));
        assertThat(section.hasContentControls()).isFalse();
    }

    private static Map<String, Object> letter(String instrument, Map<?, ?>... grounds) {
        return Map.of("letter", Map.of("number", "令和3年度諮問第2号", "date", "令和4年3月4日"), "council", KodairaPapers.council(),
                "rules", Map.of("instrument", instrument), "case", KodairaPapers.questionnaireCase(), "grounds", List.of(grounds));
    }

    private static Map<String, String> ground(String mark, String label, String article) {
        return Map.of("mark", mark, "label", label, "article", article);
    }

    @Test
    void eachGroundStatementHasTheRowsOfItsGround() throws Exception {
        Map<String, Object> statement = fields(
                "annex", "別紙2",
                "items", "基礎事項（識別番号、氏名、住所、生年月日・年齢、性別）",
                "source", "市民部市民課",
                "reason", "小平市全域から調査票の送付対象者を抽出する必要があるため。",
                "remarks", "",
                "kind", "☑ 目的外利用 ☐ 目的外外部提供",
                "provider", "市民部市民課",
                "recipient", "環境部資源循環課",
                "purpose", "小平市全域から調査票の送付対象者を抽出するため。",
                "period", "令和4年3月16日から令和4年5月調査票発送日まで",
                "medium", "その他の媒体（サーバ内での受渡し）",
                "subjects", "団体登録における代表者及び利用責任者",
                "safeguards", "回線内の通信は暗号化する。",
                "handling", "調査票の回答を委託事業者が集計し、市は集計結果のみを受け取る。",
                "standard", "委託先における個人情報の管理状況の確認の頻度と方法。");
        Map<String, Object> data = Map.of("case", KodairaPapers.questionnaireCase(), "statement", statement);

        assertThat(rowLabels(DocumentTemplate.STATEMENT_COLLECTION_FROM_OTHERS, data)).containsExactly(
                "個人情報を取り扱う事務の名称", "個人情報を収集する目的", "記録の対象となる個人の範囲",
                "本人以外から収集する個人情報の内容", "個人情報の収集先", "本人以外から収集する理由", "備考");
        assertThat(rowLabels(DocumentTemplate.STATEMENT_USE_BEYOND_PURPOSE, data)).containsSubsequence(
                "利用・提供の区分", "個人情報の提供元", "提供先", "目的外利用等をする目的", "目的外利用等をする個人情報の内容",
                "目的外利用等の期間", "目的外利用等をする個人情報の記録の形態", "備考");
        assertThat(rowLabels(DocumentTemplate.STATEMENT_ONLINE_PROVISION, data)).containsSubsequence(
                "オンライン結合により外部提供をする相手先", "オンライン結合に係る保護措置");
        assertThat(rowLabels(DocumentTemplate.STATEMENT_SENSITIVE_INFORMATION, data)).containsSubsequence(
                "収集する個人情報の内容", "収集する理由");

        assertThat(rowLabels(DocumentTemplate.STATEMENT_EXPERT_OPINION, data)).containsSubsequence(
                "取り扱う個人情報の内容", "個人情報の取扱いの方法", "専門的な知見に基づく意見を聴く必要性", "備考");
        assertThat(rowLabels(DocumentTemplate.STATEMENT_HANDLING_STANDARDS, data)).containsSubsequence(
                "基準の対象となる個人情報の取扱い", "定めようとする基準の内容", "審議会の意見を聴く理由", "備考");
        assertThat(DocxText.read(generator.generate(DocumentTemplate.STATEMENT_EXPERT_OPINION, data)).rows())
                .contains(List.of("", "個人情報の取扱いの方法", "調査票の回答を委託事業者が集計し、市は集計結果のみを受け取る。"));

        DocxText collection = DocxText.read(generator.generate(DocumentTemplate.STATEMENT_COLLECTION_FROM_OTHERS, data));
        assertThat(collection.lines()).contains("諮問事項別説明書（本人以外からの収集）");
        assertThat(collection.rows()).contains(List.of("", "個人情報の収集先", "市民部市民課"),
                List.of("事務の概要", "個人情報を取り扱う事務の名称", "(仮称)小平市一般廃棄物処理基本計画策定に係る市民アンケート調査"));
    }

    @Test
    void theNotificationFormTicksItsKindAndListsTheRecordedItemsAndBoxes() throws Exception {
        Map<String, Object> notice = fields(
                "date", "令和4年3月9日",
                "start", "☐",
                "change", "☑",
                "abolish", "☐",
                "department", "地域振興部市民協働・男女参画推進課",
                "registrationNumber", "117",
                "startedOn", "",
                "changedOn", "令和4年3月16日",
                "recordedItems", "基本事項: 氏名、住所、電話番号\nその他: 電子メールアドレス",
                "processing", "☑ 電算以外 ☑ 電算 ☑ オンライン結合",
                "collectionSources", "☑ 本人 ☐ 本人以外",
                "outsourcing", "☑ 有 ☐ 無",
                "remarks", "");
        Map<String, Object> data = Map.of("notice", notice, "council", Map.of("authority", "小平市長", "ordinance", "小平市個人情報保護条例"),
                "case", Map.of("operationName", "地域センター等貸出し事務", "purpose", "コミュニティー活動の場の提供",
                        "dataSubjects", "利用申込み者"));

        DocxText form = DocxText.read(generator.generate(DocumentTemplate.REGISTRATION_NOTICE, data));

        assertThat(form.lines()).contains("保有個人情報取扱事務届出書", "小平市長 殿",
                "保有個人情報を取り扱う事務を ☐ 開始する ☑ 変更する ☐ 廃止した ので、小平市個人情報保護条例の規定により、下記のとおり届け出ます。");
        assertThat(form.rows()).contains(List.of("登録番号", "117"), List.of("変更年月日", "令和4年3月16日"),
                List.of("保有個人情報の記録項目", "基本事項: 氏名、住所、電話番号\nその他: 電子メールアドレス"),
                List.of("保有個人情報の処理形態", "☑ 電算以外 ☑ 電算 ☑ オンライン結合"));
    }

    @Test
    void theMinutesListEachItemWithItsStatementsInOrder() throws Exception {
        Map<String, Object> minutes = new HashMap<>(Map.of("heading", "第5回 那珂川町情報公開・個人情報保護審議会 会議録",
                "version", "第2版（令和7年2月3日訂正）", "when", "令和7年1月20日（月）午後2時から", "place", "町役場第1会議室",
                "attending", "委員A、委員B、委員C", "absent", "なし", "chair", "委員A（会長）", "secretariat", "総務課長",
                "explainers", "税務課長", "publicAttendees", "2人"));
        minutes.putAll(Map.of("quorum", "出席 3人（定足数 過半数）", "form", "全文", "closedNote", "", "maskNote", ""));
        List<Map<String, Object>> items = List.of(
                Map.of("heading", "資料1　住民税システムの外部結合について", "result", "結果：承認（答申第12号）", "closed", "",
                        "statements", List.of(Map.of("speaker", "会長", "text", "ご意見はありますか。"),
                                Map.of("speaker", "委員B", "text", "接続先の安全管理を確認したい。")), "summary", ""),
                Map.of("heading", "資料2　窓口アンケートについて", "result", "結果：報告", "closed", "", "statements", List.of(),
                        "summary", "事務局から実施結果を報告した。"));

        DocxText document = DocxText.read(generator.generate(DocumentTemplate.MINUTES, Map.of("minutes", minutes, "items", items)));

        assertThat(document.lines()).containsSubsequence("第5回 那珂川町情報公開・個人情報保護審議会 会議録", "第2版（令和7年2月3日訂正）",
                "資料1　住民税システムの外部結合について", "結果：承認（答申第12号）", "〇会長　ご意見はありますか。",
                "〇委員B　接続先の安全管理を確認したい。", "資料2　窓口アンケートについて", "事務局から実施結果を報告した。");
        assertThat(document.rows()).contains(List.of("出席委員", "委員A、委員B、委員C"), List.of("傍聴者", "2人"),
                List.of("会議録の形式", "全文"));
    }

    @Test
    void multiLineTextKeepsItsLineBreaks() throws Exception {
        Map<String, Object> data = Map.of("report", Map.of("title", "実施報告", "department", "環境部資源循環課",
                "summary", "一行目\n二行目", "details", "", "safeguards", ""));

        assertThat(DocxText.read(generator.generate(DocumentTemplate.REPORT, data)).lines()).contains("一行目\n二行目");
    }

    @Test
    void aMissingFieldStopsGenerationNamingTheField() {
        Map<String, Object> agenda = new HashMap<>(KodairaPapers.agenda());
        Map<String, Object> meeting = new HashMap<>((Map<String, Object>) agenda.get("meeting"));
        meeting.remove("place");
        agenda.put("meeting", meeting);

        assertThatThrownBy(() -> generator.generate(DocumentTemplate.AGENDA, agenda))
                .isInstanceOf(DocumentGenerationException.class)
                .hasMessageContaining("「会議次第」を作成できません")
                .hasMessageContaining("差込項目「開催場所」（meeting.place）のデータがありません");
    }

    @Test
    void theSecretariatsReplacementTemplateIsUsedForTheNextDocument(@TempDir Path overrides) throws Exception {
        byte[] edited = TemplateEdits.appendParagraph(defaultTemplate(DocumentTemplate.AGENDA), "傍聴は事前にお申し込みください。");
        new DocumentGenerator(new TemplateSource(overrides)).checkReplacement(DocumentTemplate.AGENDA, edited);
        Files.write(overrides.resolve("agenda.docx"), edited);

        DocxText agenda = DocxText.read(new DocumentGenerator(new TemplateSource(overrides))
                .generate(DocumentTemplate.AGENDA, KodairaPapers.agenda()));

        assertThat(agenda.lines()).endsWith("傍聴は事前にお申し込みください。");
    }

    @Test
    void aReplacementWithAMisspeltPlaceholderIsRejected(@TempDir Path overrides) throws Exception {
        byte[] misspelt = TemplateEdits.renameTag(defaultTemplate(DocumentTemplate.AGENDA), "meeting.place", "meeting.plase");

        assertThatThrownBy(() -> new DocumentGenerator(new TemplateSource(overrides)).checkReplacement(DocumentTemplate.AGENDA, misspelt))
                .isInstanceOf(DocumentGenerationException.class)
                .hasMessageContaining("不明な差込項目があります: meeting.plase");
        Files.write(overrides.resolve("agenda.docx"), misspelt);
        assertThatThrownBy(() -> new DocumentGenerator(new TemplateSource(overrides))
                .generate(DocumentTemplate.AGENDA, KodairaPapers.agenda()))
                .hasMessageContaining("（meeting.plase）のデータがありません");
    }

    @Test
    void aFileThatIsNoDocxIsRejectedAsATemplate() {
        assertThatThrownBy(() -> generator.checkReplacement(DocumentTemplate.AGENDA, "not a document".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DocumentGenerationException.class)
                .hasMessageContaining("Word 形式（.docx）");
    }

    @Test
    void theTemplatesNameAJapaneseFontSoNothingRendersAsTofu() throws Exception {
        for (DocumentTemplate template : DocumentTemplate.values()) {
            DocxText document = DocxText.read(defaultTemplate(template));
            RFonts fonts = document.document.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement().getDocDefaults()
                    .getRPrDefault().getRPr().getRFonts();
            assertThat(fonts.getEastAsia()).as(template.fileName()).isEqualTo("IPAex明朝");
        }
    }

    /** A paper's fields from alternating names and values, in order. */
    private static Map<String, Object> fields(String... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    private List<String> rowLabels(DocumentTemplate template, Map<String, Object> data) throws Exception {
        return DocxText.read(generator.generate(template, data)).rows().stream().map(cells -> cells.get(1)).toList();
    }

    private static byte[] defaultTemplate(DocumentTemplate template) throws Exception {
        try (InputStream in = TemplateSource.defaults().openDefault(template)) {
            return in.readAllBytes();
        }
    }

    /** The 次第 at the top of the published packet, up to its last item. */
    private static List<String> publishedAgenda() throws Exception {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(FIXTURE)) {
            String text = comparable(line.replaceFirst("^\\s*-\\s*", ""));
            if (!text.isEmpty()) {
                lines.add(text);
            }
            if (text.equals("2その他")) {
                return lines;
            }
        }
        throw new IllegalStateException("no 次第 in " + FIXTURE);
    }


    /** Spacing differs between the published text and the paper; the words and their order must not. */
    private static String comparable(String line) {
        return line.replaceAll("[\\s\\u3000]", "");
    }
}
