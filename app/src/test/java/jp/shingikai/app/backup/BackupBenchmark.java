package jp.shingikai.app.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import jp.shingikai.app.BenchmarkApplication;
import jp.shingikai.app.system.ContentStore;
import jp.shingikai.app.system.Sql;
import jp.shingikai.app.system.StorageProperties;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The backup at a real size: 10,000 cases with five papers each (50,000 files of about 10 KB), against the bare work
 * of the same backup (H2's own BACKUP and copying the file tree, without hashing or the manifest).
 */
public final class BackupBenchmark {

    private static final int CASES = 10_000;
    private static final int PAPERS_PER_CASE = 5;

    private BackupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = BenchmarkApplication.dataDirectory("backup-benchmark");
        try (ConfigurableApplicationContext app = BenchmarkApplication.start(data, WebApplicationType.NONE, List.of(),
                "--spring.datasource.url=jdbc:h2:file:" + data + "/db/shingikai", "--spring.elasticsearch.uris=http://127.0.0.1:9")) {
            fill(app.getBean(JdbcClient.class), app.getBean(ContentStore.class));
            BackupService backups = app.getBean(BackupService.class);
            long files = Files.walk(app.getBean(StorageProperties.class).filesDirectory()).filter(Files::isRegularFile).count();

            long started = System.nanoTime();
            Manifest manifest = backups.create(data.resolve("backup"));
            double ours = (System.nanoTime() - started) / 1e9;

            started = System.nanoTime();
            Path bare = data.resolve("bare");
            Files.createDirectories(bare);
            app.getBean(JdbcClient.class).sql("backup to '" + bare.resolve("database.zip").toAbsolutePath() + "'").update();
            BackupFiles.copyTree(app.getBean(StorageProperties.class).filesDirectory(), bare.resolve("files"));
            double baseline = (System.nanoTime() - started) / 1e9;

            System.out.printf("バックアップ: 諮問 %,d 件、保管ファイル %,d 件（マニフェスト %,d 件）%n", CASES, files, manifest.files().size());
            System.out.printf("  shingikai --backup %.1f 秒、H2 BACKUP + ファイルの複写だけ %.1f 秒（比 %.2f）%n", ours, baseline,
                    ours / baseline);
        } finally {
            // About a gigabyte of synthetic papers and their two copies.
            try (Stream<Path> paths = Files.walk(data)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** 10,000 consultations with five papers each, the papers' bytes in the file store as generated ones would be. */
    private static void fill(JdbcClient jdbc, ContentStore store) {
        long council = jdbc.sql("select id from council where code = 'kodaira'").query(Long.class).single();
        Random random = new Random(42);
        OffsetDateTime now = OffsetDateTime.now();
        for (int i = 0; i < CASES; i++) {
            long id = Sql.insert(jdbc, "insert into consultation (council_id, department_code, title, status, draft, created_by,"
                    + " created_at, updated_at) values (?, 'kankyo-shigen', ?, 'CLOSED', '{}', 'kankyo', ?, ?)", council,
                    "ベンチマーク用の諮問 " + i, now, now);
            List<Object[]> papers = new ArrayList<>();
            for (int p = 0; p < PAPERS_PER_CASE; p++) {
                byte[] paper = new byte[8_000 + random.nextInt(4_000)];
                random.nextBytes(paper);
                papers.add(new Object[] {id, "PAPER_" + p, store.put(paper), paper.length});
            }
            for (Object[] paper : papers) {
                jdbc.sql("insert into stored_document (subject_type, subject_id, kind, title, file_name, media_type, sha256,"
                                + " size_bytes, version, created_by, created_at) values ('CONSULTATION', ?, ?, '資料', 'paper.docx',"
                                + " 'application/octet-stream', ?, ?, 1, 'system', ?)")
                        .params(paper[0], paper[1], paper[2], paper[3], now).update();
            }
        }
    }
}
