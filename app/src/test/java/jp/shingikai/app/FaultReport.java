package jp.shingikai.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * The fault suite's table: each fault test (tagged {@code fault}) says which fault it caused, what the user saw and
 * what was lost; at the end of the run the table is printed and written to {@code target/fault-report.md}.
 */
public final class FaultReport implements TestExecutionListener {

    private static final Path ROWS = Path.of("target", "fault-report.tsv");
    private static final Path TABLE = Path.of("target", "fault-report.md");

    /** Records one fault, once the test has shown what it claims. */
    public static void row(String fault, String userSaw, String lost) {
        try {
            Files.createDirectories(ROWS.getParent());
            Files.writeString(ROWS, String.join("\t", fault, userSaw, lost) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        try {
            Files.deleteIfExists(ROWS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        try {
            if (!Files.exists(ROWS)) {
                return;
            }
            List<String> rows = Files.readAllLines(ROWS, StandardCharsets.UTF_8);
            StringBuilder table = new StringBuilder("| 障害 | 利用者に見えたこと | 失われたもの |\n|---|---|---|\n");
            rows.forEach(row -> table.append("| ").append(row.replace("\t", " | ")).append(" |\n"));
            Files.writeString(TABLE, table, StandardCharsets.UTF_8);
            System.out.println("\n障害試験の結果（" + TABLE + "）\n" + table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
