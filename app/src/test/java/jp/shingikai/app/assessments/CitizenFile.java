package jp.shingikai.app.assessments;

import java.util.List;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * Two of 市民課's 特定個人情報ファイル as the assessment tests import them: the file's row in Kodaira's
 * 個人情報ファイル簿 (collected from the people themselves, 要配慮 included) and the 全項目評価書 that assesses it. The
 * 評価書 provides to the file's regular recipient and to 全国健康保険協会, whom the register does not list: what the
 * consistency check is to find.
 */
@RequiredArgsConstructor
public enum CitizenFile {
    LATE_ELDERLY_MEDICAL(3, "後期高齢者医療ファイル", "後期高齢者医療", "後期高齢者医療の資格の届出の受付、保険料の徴収及び給付の申請の受付を行う。",
            "被保険者番号", "75歳以上の市民",
            new Recipient("東京都後期高齢者医療広域連合", Recipient.REGULAR_LAW, "後期高齢者医療の資格管理", "随時")),
    NATIONAL_HEALTH_INSURANCE(5, "国民健康保険資格ファイル", "国民健康保険", "国民健康保険の資格の管理、保険税の賦課及び保険給付を行う。",
            "被保険者記号番号", "国民健康保険の被保険者",
            new Recipient("東京都国民健康保険団体連合会", Recipient.REGULAR_LAW, "診療報酬の審査支払", "毎月"));

    /** The 提供先 the register does not list. */
    public static final String UNLISTED_RECIPIENT = "全国健康保険協会";

    private final int number;
    @Getter
    private final String fileName;
    private final String subject;
    private final String work;
    private final String insuredNumber;
    private final String scope;
    private final Recipient regular;

    /** 後期高齢者医療に関する事務: the 事務 the 評価書 assesses. */
    public String operation() {
        return subject + "に関する事務";
    }

    /** The file's row under the register's header, tab-separated, as a sheet of the published register. */
    public String register() {
        return String.join("\t", "個人情報ファイルの名称", "行政機関等の名称", "担当組織", "利用目的", "記録項目", "記録範囲", "収集方法",
                "要配慮個人情報の有無", "経常的提供先") + "\n"
                + String.join("\t", fileName, "小平市長", "市民部市民課", subject + "の資格管理", "氏名、住所、" + insuredNumber + "、個人番号",
                        scope, "本人からの届出", "有", regular.name())
                + "\n";
    }

    /** The 全項目評価書 up to its section VI, as the department drafts it. */
    public String assessment() {
        List<Recipient> recipients = List.of(regular,
                new Recipient(UNLISTED_RECIPIENT, Recipient.REGULAR_LAW + " 別表第2の項番2", "健康保険法による保険給付の支給", "照会の都度"));
        StringBuilder text = new StringBuilder("特定個人情報保護評価書（全項目評価書）\n評価書番号\t評価書名\n")
                .append(number).append('\t').append(operation()).append(" 全項目評価書\n")
                .append("評価実施機関名\t小平市長\nI 基本情報\n")
                .append("①事務の名称\t").append(operation()).append("\n②事務の内容\t").append(work).append('\n')
                .append("①部署\t市民部市民課\nII 特定個人情報ファイルの概要\n1. 特定個人情報ファイル名\n")
                .append("(1) ").append(fileName).append("\n②対象となる本人の数\t[ 1万人以上10万人未満 ]\n")
                .append("提供・移転の有無\t[ ○ ] 提供を行っている （ ").append(recipients.size()).append(" ） 件\n");
        for (int i = 0; i < recipients.size(); i++) {
            Recipient recipient = recipients.get(i);
            text.append("提供先").append(i + 1).append('\t').append(recipient.name())
                    .append("\n①法令上の根拠\t").append(recipient.law())
                    .append("\n②提供先における用途\t").append(recipient.use())
                    .append("\n⑦時期・頻度\t").append(recipient.timing()).append('\n');
        }
        return text.append("VI 評価実施手続\n").toString();
    }

    record Recipient(String name, String law, String use, String timing) {

        static final String REGULAR_LAW = "番号法第19条第8号";
    }
}
