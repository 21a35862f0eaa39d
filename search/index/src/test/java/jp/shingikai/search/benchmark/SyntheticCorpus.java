package jp.shingikai.search.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jp.shingikai.search.importers.ImporterSelection;
import jp.shingikai.search.importers.RegistryRow;
import jp.shingikai.search.index.ConsultationDocument;
import jp.shingikai.search.index.PaperDocument;
import jp.shingikai.search.index.RegistryDocument;
import jp.shingikai.search.testing.Fixtures;

/**
 * A corpus of realistic size, the same on every run (seeded): registry entries, consultations and papers made from
 * the operations, departments and sentences of the fixtures' rows, spread over forty municipalities and twenty years.
 */
final class SyntheticCorpus {

    private static final List<String> MUNICIPALITIES = List.of("川口市", "三鷹市", "小平市", "町田市", "岡崎市", "豊中市", "八王子市",
            "所沢市", "日野市", "藤沢市", "府中市", "調布市", "立川市", "武蔵野市", "国分寺市", "西東京市", "狛江市", "清瀬市", "東村山市",
            "稲城市", "多摩市", "青梅市", "昭島市", "福生市", "羽村市", "あきる野市", "越谷市", "草加市", "春日部市", "上尾市", "川越市",
            "熊谷市", "船橋市", "市川市", "松戸市", "柏市", "浦安市", "豊橋市", "一宮市", "枚方市");
    private static final List<String> VARIANTS = List.of("", "に関する事務", "（窓口）", "システム運用業務", "の受付", "（電子申請）");
    private static final List<String> GROUNDS = List.of("COLLECTION_FROM_OTHERS", "USE_BEYOND_PURPOSE", "ONLINE_PROVISION",
            "SENSITIVE_INFORMATION", "EXPERT_OPINION", "HANDLING_STANDARDS");
    private static final List<String> OUTCOMES = List.of("APPROVED", "APPROVED_WITH_OPINION", "REJECTED");
    private static final List<String> PAPER_TYPES = List.of("諮問書", "諮問事項別説明書", "答申書", "報告書", "届出書", "会議次第", "取込資料");

    private final List<String> names = new ArrayList<>();
    private final List<String> departments = new ArrayList<>();
    private final List<String> sentences = new ArrayList<>();

    SyntheticCorpus() {
        for (String fixture : List.of("kawaguchi-2014-council-registry-report.txt", "mitaka-2021-privacy-system-report.txt",
                "kodaira-2022-council-consultation-packet.txt")) {
            String text = Fixtures.text(fixture);
            for (RegistryRow row : ImporterSelection.standard().select(text).orElseThrow().read(text, fixture).rows()) {
                names.add(row.subject());
                if (!row.department().isBlank()) {
                    departments.add(row.department());
                }
                row.fields().values().stream().flatMap(value -> Stream.of(value.split("[。\\n]"))).map(String::strip)
                        .filter(sentence -> sentence.length() >= 8).forEach(sentences::add);
            }
        }
    }

    Stream<RegistryDocument> registry(int count) {
        return IntStream.range(0, count).mapToObj(i -> {
            Random random = new Random(i);
            LocalDate effectiveOn = LocalDate.of(2005 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28));
            List<String> kinds = List.of(List.of("NEW", "CHANGE", "STATUS", "PROVISION").get(random.nextInt(4)));
            return new RegistryDocument(pick(random, MUNICIPALITIES), random.nextInt(10) == 0 ? "FILE" : "OPERATION",
                    pick(random, departments), pick(random, names) + pick(random, VARIANTS), "ACTIVE", kinds, text(random, 4),
                    effectiveOn, effectiveOn.toString(), List.of(effectiveOn.getYear()), List.of(pick(random, departments)), List.of());
        });
    }

    Stream<ConsultationDocument> consultations(int count) {
        return IntStream.range(0, count).mapToObj(i -> {
            Random random = new Random(1_000_000L + i);
            int year = 2005 + random.nextInt(20);
            return new ConsultationDocument(pick(random, MUNICIPALITIES), "諮問第" + (1 + random.nextInt(40)) + "号", pick(random, departments),
                    pick(random, names) + "における個人情報の取扱いについて", text(random, 8), List.of(pick(random, GROUNDS)), "ANSWERED",
                    pick(random, OUTCOMES), year, random.nextBoolean() ? ConsultationDocument.OWN : ConsultationDocument.PUBLISHED,
                    "CONSULTATION", null, null, "/consultations/" + i);
        });
    }

    Stream<PaperDocument> papers(int count) {
        return IntStream.range(0, count).mapToObj(i -> {
            Random random = new Random(2_000_000L + i);
            int year = 2005 + random.nextInt(20);
            String subject = pick(random, names);
            return new PaperDocument(pick(random, PAPER_TYPES), subject, subject + ".docx", subject, pick(random, MUNICIPALITIES),
                    pick(random, departments), "ANSWERED", year, LocalDate.of(year, 4, 1), "/api/documents/" + i + "/content",
                    text(random, 20));
        });
    }

    /** Words to search for: names and the words of sentences of the corpus, one or two at a time. */
    List<String> queries(int count) {
        Random random = new Random(7);
        List<String> queries = new ArrayList<>();
        List<String> words = List.of("住民基本台帳", "個人番号", "介護保険", "目的外利用", "アンケート", "給付金", "被災者", "図書館",
                "国民健康保険", "子ども医療費", "空き家", "固定資産税", "防災", "児童扶養手当", "オンライン結合", "委託");
        for (int i = 0; i < count; i++) {
            queries.add(random.nextBoolean() ? pick(random, words) : pick(random, words) + " " + pick(random, words));
        }
        return queries;
    }

    private String text(Random random, int sentenceCount) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentenceCount; i++) {
            text.append(pick(random, sentences)).append("。");
        }
        return text.toString();
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
