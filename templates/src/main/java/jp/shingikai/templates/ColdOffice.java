package jp.shingikai.templates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * PDFs from a LibreOffice started for the conversion and gone after it: a second or two of start-up each time, but
 * nothing to keep alive. What {@link WarmOffice} falls back on.
 */
public final class ColdOffice implements PdfConversion {

    static final Path SOFFICE = Path.of("/usr/bin/soffice");
    private static final Duration CONVERSION_TIMEOUT = Duration.ofMinutes(3);

    /** Whether LibreOffice is installed here. */
    public static boolean installed() {
        return Files.isExecutable(SOFFICE);
    }

    @Override
    public List<byte[]> toPdf(List<byte[]> docx) {
        Path work = null;
        try {
            work = Files.createTempDirectory("shingikai-pdf-");
            List<String> command = new ArrayList<>(List.of(SOFFICE.toString(), "--headless", "--norestore",
                    "-env:UserInstallation=" + work.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir",
                    work.resolve("pdf").toString()));
            for (int i = 0; i < docx.size(); i++) {
                Path file = work.resolve(String.format("%02d.docx", i));
                Files.write(file, docx.get(i));
                command.add(file.toString());
            }
            Process soffice = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(work.resolve("soffice.log").toFile()).start();
            if (!soffice.waitFor(CONVERSION_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                soffice.destroyForcibly();
                throw new DocumentGenerationException("PDF への変換が " + CONVERSION_TIMEOUT.toMinutes() + " 分以内に終わりませんでした。");
            }
            List<byte[]> pdfs = new ArrayList<>();
            for (int i = 0; i < docx.size(); i++) {
                Path pdf = work.resolve("pdf").resolve(String.format("%02d.pdf", i));
                if (!Files.isRegularFile(pdf)) {
                    throw new DocumentGenerationException((i + 1) + "番目の文書を PDF に変換できませんでした。");
                }
                pdfs.add(Files.readAllBytes(pdf));
            }
            return pdfs;
        } catch (IOException e) {
            throw new DocumentGenerationException("PDF を作成できませんでした: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DocumentGenerationException("PDF の作成が中断されました。", e);
        } finally {
            deleteQuietly(work);
        }
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is cleaned up by the system.
        }
    }
}
