package jp.shingikai.search.testing;

/**
 * Council papers written for the tests by two municipalities the fixtures do not cover, laid out otherwise than the
 * Kodaira packet: 町田市 numbers its items (諮問第7号) and heads each paper with the number alone; 岡崎市 marks them in
 * brackets after the subject (【諮問】), and answers one of them in a 答申書 with an opinion; 鎌倉市 marks them before it.
 */
public final class CouncilPapers {

    /** Numbered items, each paper headed by its number alone on a line. */
    public static final String MACHIDA_PACKET = """
            第2回町田市個人情報保護審議会 次第
            日時 令和5年8月24日（木）午後2時から
            場所 町田市庁舎3階 会議室3-1
            1 開会
            2 議題
            （１）諮問第７号 子ども医療費助成事業における住民基本台帳情報の目的外利用について
            （２）諮問第8号 防災アプリの導入に伴うオンライン結合による個人情報の提供について
            （３）報告第２号 ふるさと納税事務における個人情報の本人以外からの収集について
            3 閉会

            資料1
            諮問第7号
            子ども医療費助成事業における住民基本台帳情報の目的外利用について
            1 諮問の趣旨
            医療費助成の資格を確認するため、住民基本台帳の世帯情報を利用する。
            2 担当課
            子ども生活部子育て推進課
            資料2
            諮問第8号
            防災アプリの導入に伴うオンライン結合による個人情報の提供について
            所管課：防災安全部防災課
            避難行動要支援者の情報を防災アプリの事業者の計算機に送る。
            資料3
            報告第2号 ふるさと納税事務における個人情報の本人以外からの収集について
            担当 政策経営部企画政策課
            寄附者の情報を決済代行事業者から受け取った。
            """;
    /** Items marked in brackets after the subject, and the council's later 答申 on one of them. */
    public static final String OKAZAKI_PACKET = """
            令和5年度第2回岡崎市個人情報保護審議会
            令和5年9月1日 午前10時
            議題1 図書館システムの更新に伴う個人情報の外部委託及び目的外提供について【諮問】
            議題2 市民意識調査の実施結果について【報告】

            図書館システムの更新に伴う個人情報の外部委託及び目的外提供について【諮問】
            担当部課\t社会文化部中央図書館
            利用者の貸出履歴を新システムへ移すため、委託事業者に提供する。
            市民意識調査の実施結果について【報告】
            担当部課\t総合政策部企画課
            調査票は3,000人に送付し、1,412人から回答を得た。
            """;
    public static final String OKAZAKI_ANSWER = """
            岡個審第5号
            令和5年10月12日
            岡崎市長 様
            岡崎市個人情報保護審議会
            会長 山田 太郎
            図書館システムの更新に伴う個人情報の外部委託及び目的外提供について（答申）
            令和5年9月1日付けで諮問のあった標記の件について、次のとおり答申します。
            1 結論
            本件の目的外提供は、次の意見を付して、妥当であると認める。
            2 意見
            委託事業者との契約に、個人情報の安全管理措置を明記すること。
            """;

    /** Items marked before their subject, in the 次第 and on each paper. */
    public static final String KAMAKURA_PACKET = """
            令和6年度第1回鎌倉市個人情報保護審議会 次第
            日時：令和6年5月20日（月）午後2時
            1 議題
            (1) 【諮問】市民意識調査における個人情報の本人以外からの収集について
            (2) 【報告】ごみ収集アプリの導入に伴う個人情報の外部委託について
            2 その他

            【諮問】市民意識調査における個人情報の本人以外からの収集について
            担当課：経営企画部企画課
            住民基本台帳から無作為に抽出した市民に調査票を送る。
            【報告】ごみ収集アプリの導入に伴う個人情報の外部委託について
            担当課：環境部環境政策課
            アプリの運用を事業者に委託した。
            """;

    private CouncilPapers() {
    }
}
