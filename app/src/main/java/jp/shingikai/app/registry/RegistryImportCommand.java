package jp.shingikai.app.registry;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jp.shingikai.app.registry.ImportSummary.FileResult;
import jp.shingikai.app.registry.RegistryImportService.UploadedFile;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.Role;
import lombok.RequiredArgsConstructor;

/**
 * 登録簿の一括取込み from the command line: every file of a folder (or the files named), with a progress bar, a
 * summary per file, and exit code 1 when any file could not be imported.
 */
@RequiredArgsConstructor
public final class RegistryImportCommand {

    /** The person recorded as the importer. */
    static final CurrentUser OPERATOR = new CurrentUser("import-command", "一括取込み", Set.of(Role.SOUMU), null);
    private static final int BAR_WIDTH = 30;

    private final RegistryImportService registry;
    private final PrintStream out;

    /** Imports the files and returns the process exit code: 0 when every file went in (or was already there). */
    public int run(List<Path> paths) {
        return run(paths, null);
    }

    /** @param municipality the municipality every file is from ({@code --municipality=藤沢市}), or null to read it from each */
    public int run(List<Path> paths, String municipality) {
        List<Path> files = expand(paths);
        if (files.isEmpty()) {
            out.println("取り込むファイルがありません: " + paths);
            return 2;
        }
        List<FileResult> results = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            progress(i, files.size(), file.getFileName().toString());
            try {
                results.addAll(registry.importFiles(OPERATOR, List.of(new UploadedFile(file.getFileName().toString(),
                        Files.readAllBytes(file))), municipality).files());
            } catch (IOException e) {
                results.add(new FileResult(file.getFileName().toString(), "FAILED", null, 0, 0, 0, "ファイルを読めません: " + e.getMessage()));
            }
        }
        progress(files.size(), files.size(), "完了");
        out.println();
        ImportSummary summary = new ImportSummary(results);
        for (FileResult result : summary.files()) {
            out.printf("%-12s %s  新規 %d / 更新 %d / 要確認 %d%s%n", result.outcome(), result.fileName(), result.created(),
                    result.updated(), result.review(), result.message() == null ? "" : "  " + result.message());
        }
        long kept = results.stream().filter(r -> r.outcome().equals(FileResult.UNRECOGNIZED)).count();
        long failed = summary.files().stream().filter(r -> !r.outcome().equals(FileResult.IMPORTED)
                && !r.outcome().equals(FileResult.SKIPPED) && !r.outcome().equals(FileResult.UNRECOGNIZED)).count();
        out.printf("%d 件中 取込み %d 件、取込み済み %d 件、未対応の様式（保管）%d 件、失敗 %d 件%n", results.size(),
                results.stream().filter(r -> r.outcome().equals(FileResult.IMPORTED)).count(),
                results.stream().filter(r -> r.outcome().equals(FileResult.SKIPPED)).count(), kept, failed);
        return summary.hasFailures() ? 1 : 0;
    }

    private void progress(int done, int total, String current) {
        int filled = total == 0 ? BAR_WIDTH : done * BAR_WIDTH / total;
        out.print("\r[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + done + "/" + total + " " + current);
        out.flush();
    }

    private static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            }
        }
        return files;
    }

    /** The console in UTF-8, whatever the platform default: the commands speak Japanese. */
    public static PrintStream console() {
        return new PrintStream(System.out, true, StandardCharsets.UTF_8);
    }
}
