package jp.shingikai.app.precedents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jp.shingikai.app.BenchmarkApplication;
import jp.shingikai.app.registry.ImportSummary;
import jp.shingikai.app.registry.RegistryImportService;
import jp.shingikai.app.registry.RegistryImportService.UploadedFile;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.UserAccounts;
import jp.shingikai.search.index.RegistryDocument;
import jp.shingikai.search.index.SearchIndices;
import jp.shingikai.search.testing.Fixtures;
import jp.shingikai.search.testing.TestDocuments;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How well the precedent search ranks what people look for, against a set of queries judged by hand (two-word natural
 * queries, 同義語, 和暦 years and department names: {@code relevance/judgements.tsv}) over the registries of six
 * municipalities: the three fixtures and three written for it, imported through the application as staff would, in
 * text, Word and PDF. Prints nDCG@5, MRR and the share of queries with no result, for the application's search and for
 * a bare {@code match} query on the same index; then every query where the application misses what was judged best.
 */
public final class RelevanceBenchmark {

    private static final int CUT_OFF = 5;
    private static final int DEPTH = 10;

    private RelevanceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = BenchmarkApplication.dataDirectory("relevance-benchmark");
        try (ConfigurableApplicationContext app = BenchmarkApplication.start(data, WebApplicationType.NONE, List.of(),
                "--shingikai.search.embedded.temporary=true")) {
            importCorpus(app);
            PrecedentIndexer indexer = app.getBean(PrecedentIndexer.class);
            while (indexer.drain() > 0) {
                // The outbox is drained in batches.
            }
            SearchIndices indices = app.getBean(SearchIndices.class);
            String alias = indices.alias(SearchIndices.REGISTRY);
            System.out.printf("索引した登録: %d 件、判定した検索語: %d 問%n", indices.count(SearchIndices.REGISTRY), judgements().size());

            PrecedentSearch search = app.getBean(PrecedentSearch.class);
            ElasticsearchClient client = app.getBean(ElasticsearchClient.class);
            Scores ours = new Scores();
            Scores bare = new Scores();
            Scores bareWithoutSynonyms = new Scores();
            List<String> misses = new ArrayList<>();
            for (Judgement judgement : judgements()) {
                List<String> found = search.search(judgement.query(), null, null, null, null, null, "relevance", 0).matches().stream()
                        .map(match -> key(match.entry())).limit(DEPTH).toList();
                List<String> matched = client.search(s -> s.index(alias).size(DEPTH)
                                .query(q -> q.match(m -> m.field("body").query(judgement.query()))), RegistryDocument.class)
                        .hits().hits().stream().map(hit -> key(hit.source())).toList();
                // The field's search analyzer applies the 同義語; the plain text analyzer shows what they add.
                List<String> plain = client.search(s -> s.index(alias).size(DEPTH)
                                .query(q -> q.match(m -> m.field("body").query(judgement.query()).analyzer("ja_text"))), RegistryDocument.class)
                        .hits().hits().stream().map(hit -> key(hit.source())).toList();
                ours.add(judgement, found);
                bare.add(judgement, matched);
                bareWithoutSynonyms.add(judgement, plain);
                if (judgement.ndcg(found) < 1) {
                    misses.add(String.format("  %s  nDCG@5 %.2f（bare %.2f）%n    アプリ: %s%n    bare:   %s", judgement.query(),
                            judgement.ndcg(found), judgement.ndcg(matched), found.stream().limit(CUT_OFF).toList(),
                            matched.stream().limit(CUT_OFF).toList()));
                }
            }
            System.out.printf("%-28s %8s %8s %10s%n", "", "nDCG@5", "MRR", "結果0件");
            System.out.printf("%-28s %8.3f %8.3f %9.1f%%%n", "先例検索（アプリ）", ours.ndcg(), ours.mrr(), ours.zeroRate() * 100);
            System.out.printf("%-28s %8.3f %8.3f %9.1f%%%n", "bare match (body)", bare.ndcg(), bare.mrr(), bare.zeroRate() * 100);
            System.out.printf("%-28s %8.3f %8.3f %9.1f%%%n", "bare match、同義語なし", bareWithoutSynonyms.ndcg(), bareWithoutSynonyms.mrr(),
                    bareWithoutSynonyms.zeroRate() * 100);
            System.out.printf("比（アプリ / bare）          %8.2f %8.2f%n", ours.ndcg() / bare.ndcg(), ours.mrr() / bare.mrr());
            System.out.println("最良の順に並ばなかった検索語:");
            misses.forEach(System.out::println);
        }
    }

    /** The fixtures as published, and the three written for this benchmark, as staff import them. */
    private static void importCorpus(ConfigurableApplicationContext app) {
        CurrentUser soumu = app.getBean(UserAccounts.class).find("soumu").orElseThrow();
        List<UploadedFile> files = List.of(
                new UploadedFile("kawaguchi.pdf", TestDocuments.publishedPdf(Fixtures.text("kawaguchi-2014-council-registry-report.txt"))),
                new UploadedFile("mitaka.docx", TestDocuments.docx(Fixtures.text("mitaka-2021-privacy-system-report.txt"))),
                new UploadedFile("kodaira.txt", bytes(Fixtures.text("kodaira-2022-council-consultation-packet.txt"))),
                new UploadedFile("machida.docx", TestDocuments.docx(resource("machida-registry-report.txt"))),
                new UploadedFile("okazaki.pdf", TestDocuments.unruledPdf(resource("okazaki-registry-report.txt"))),
                new UploadedFile("toyonaka.txt", bytes(resource("toyonaka-notice.txt"))));
        ImportSummary summary = app.getBean(RegistryImportService.class).importFiles(soumu, files);
        summary.files().forEach(file -> System.out.printf("取込み %-14s %s %s 新規%d%n", file.fileName(), file.outcome(),
                file.importer(), file.created()));
    }

    private static String key(RegistryDocument entry) {
        return entry.municipality() + "/" + entry.operationName();
    }

    private static List<Judgement> judgements() {
        List<Judgement> judged = new ArrayList<>();
        for (String line : resource("judgements.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            Map<String, Integer> grades = new LinkedHashMap<>();
            for (String graded : columns[1].split(";\\s*")) {
                int equals = graded.lastIndexOf('=');
                grades.put(graded.substring(0, equals).strip(), Integer.parseInt(graded.substring(equals + 1).strip()));
            }
            judged.add(new Judgement(columns[0], grades));
        }
        return judged;
    }

    private static String resource(String name) {
        try (InputStream in = RelevanceBenchmark.class.getResourceAsStream("/relevance/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** @param grades registry entry (団体/事務の名称) → 2 for what is sought, 1 for what is related */
    private record Judgement(String query, Map<String, Integer> grades) {

        /** Discounted gain of the first five, over that of the best order the judgements allow. */
        double ndcg(List<String> ranked) {
            double ideal = dcg(grades.values().stream().sorted((a, b) -> b - a).toList());
            return ideal == 0 ? 0 : dcg(ranked.stream().map(entry -> grades.getOrDefault(entry, 0)).toList()) / ideal;
        }

        /** One over the rank of the first entry judged relevant, within the first ten. */
        double reciprocalRank(List<String> ranked) {
            for (int i = 0; i < ranked.size(); i++) {
                if (grades.containsKey(ranked.get(i))) {
                    return 1.0 / (i + 1);
                }
            }
            return 0;
        }

        private static double dcg(List<Integer> gains) {
            double sum = 0;
            for (int i = 0; i < Math.min(CUT_OFF, gains.size()); i++) {
                sum += (Math.pow(2, gains.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
            }
            return sum;
        }
    }

    private static final class Scores {
        private double ndcg;
        private double reciprocalRanks;
        private int zero;
        private int queries;

        void add(Judgement judgement, List<String> ranked) {
            ndcg += judgement.ndcg(ranked);
            reciprocalRanks += judgement.reciprocalRank(ranked);
            zero += ranked.isEmpty() ? 1 : 0;
            queries++;
        }

        double ndcg() {
            return ndcg / queries;
        }

        double mrr() {
            return reciprocalRanks / queries;
        }

        double zeroRate() {
            return (double) zero / queries;
        }
    }
}
