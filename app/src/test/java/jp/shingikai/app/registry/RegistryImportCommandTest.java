package jp.shingikai.app.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jp.shingikai.app.DemoApplicationTest;
import jp.shingikai.search.testing.Fixtures;
import jp.shingikai.search.testing.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The command-line import over a folder: progress, a line per file, and the exit code. */
@DemoApplicationTest
class RegistryImportCommandTest {

    @Autowired
    RegistryImportService registry;

    @Test
    void aFolderWithOneBadFileImportsTheRestAndExitsWithOne(@TempDir Path folder) throws Exception {
        Files.write(folder.resolve("01_越谷市_登録報告.docx"),
                TestDocuments.docx(Fixtures.text("kawaguchi-2014-council-registry-report.txt").replace("川口市", "越谷市")));
        Files.write(folder.resolve("02_壊れた.pdf"), "%PDF-1.7 これは壊れています".getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream output = new ByteArrayOutputStream();

        int exitCode = new RegistryImportCommand(registry, new PrintStream(output, true, StandardCharsets.UTF_8)).run(List.of(folder));

        String printed = output.toString(StandardCharsets.UTF_8);
        assertThat(exitCode).isEqualTo(1);
        assertThat(printed).contains("[###############               ] 1/2", "2/2 完了")
                .contains("IMPORTED     01_越谷市_登録報告.docx  新規 54 / 更新 2 / 要確認 0")
                .contains("FAILED       02_壊れた.pdf").contains("2 件中 取込み 1 件、取込み済み 0 件、未対応の様式（保管）0 件、失敗 1 件");

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        Files.delete(folder.resolve("02_壊れた.pdf"));
        assertThat(new RegistryImportCommand(registry, new PrintStream(again, true, StandardCharsets.UTF_8)).run(List.of(folder)))
                .as("re-importing the same file is a no-op, not a failure").isZero();
        assertThat(again.toString(StandardCharsets.UTF_8)).contains("SKIPPED");
    }
}
