package jp.shingikai.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * The fault suite's table: each fault test (tagged {@code fault}) says which fault it caused, what the user saw and
 * what was lost; after each test class that added rows the table of the whole run is printed and written to
 * {@code target/fault-report.md}. Surefire runs the classes in two JVMs, each a test plan per class, so every JVM keeps
 * its rows in a file of its own, emptied when that JVM starts, and the table is made from all of them.
 */
public final class FaultReport implements TestExecutionListener {

    private static final Path TARGET = Path.of("target");
    private static final Path ROWS = TARGET.resolve("fault-report-" + System.getProperty("shingikai.test.fork", "fork-1") + ".tsv");
    private static final Path TABLE = TARGET.resolve("fault-report.md");
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final AtomicInteger UNREPORTED = new AtomicInteger();

    /** Records one fault, once the test has shown what it claims. */
    public static void row(String fault, String userSaw, String lost) {
        try {
            Files.createDirectories(TARGET);
            Files.writeString(ROWS, String.join("\t", fault, userSaw, lost) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            UNREPORTED.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        if (STARTED.compareAndSet(false, true)) {
            try {
                Files.deleteIfExists(ROWS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (UNREPORTED.getAndSet(0) == 0) {
            return;
        }
        try (Stream<Path> files = Files.list(TARGET)) {
            List<String> rows = new ArrayList<>();
            for (Path file : files.filter(file -> file.getFileName().toString().matches("fault-report-fork-\\d+\\.tsv")).sorted().toList()) {
                rows.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            }
            StringBuilder table = new StringBuilder("| 障害 | 利用者に見えたこと | 失われたもの |\n|---|---|---|\n");
            rows.forEach(row -> table.append("| ").append(row.replace("\t", " | ")).append(" |\n"));
            Files.writeString(TABLE, table, StandardCharsets.UTF_8);
            System.out.println("\n障害試験の結果（" + TABLE + "）\n" + table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
