package jp.shingikai.templates;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jodconverter.core.document.DefaultDocumentFormatRegistry;
import org.jodconverter.core.office.OfficeException;
import org.jodconverter.local.LocalConverter;
import org.jodconverter.local.office.LocalOfficeManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PDFs from a LibreOffice kept running (JODConverter over UNO), so a packet costs its conversion and not a start of
 * LibreOffice each time. JODConverter starts the process again when it dies or hangs; until it is up, and whenever a
 * conversion fails on it, the files are converted by a {@link ColdOffice} instead, so no packet waits on it.
 *
 * <p>Each running office is recorded in a directory of the application's (its port, under the application's process
 * id). An application killed outright cannot stop its LibreOffice; the next start on the same data finds the record of
 * a process that is gone and stops the LibreOffice it left. A record whose application still runs (another instance on
 * the same data) is left alone.
 */
public final class WarmOffice implements PdfConversion, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WarmOffice.class);
    private static final Path OFFICE_HOME = Path.of("/usr/lib/libreoffice");
    /** The office process itself, which JODConverter starts with the accept string on its command line. */
    static final Path OFFICE_PROCESS = OFFICE_HOME.resolve("program/soffice.bin");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    private static final Pattern RECORD = Pattern.compile("office-(\\d+)\\.port");

    private final LocalOfficeManager office;
    private final PdfConversion fallback;
    private final Path records;
    private final int port;
    private final AtomicLong warmConversions = new AtomicLong();
    private volatile Thread starting;

    /**
     * @param taskTimeout how long one file may take before the process is taken as hung and started again
     * @param records where the running offices are recorded, beside the application's data
     */
    public WarmOffice(Duration taskTimeout, PdfConversion fallback, Path records) {
        this.port = freePort();
        this.fallback = fallback;
        this.records = records;
        this.office = LocalOfficeManager.builder().officeHome(OFFICE_HOME.toFile()).portNumbers(port)
                .workingDir(temporaryDirectory().toFile()).taskExecutionTimeout(taskTimeout.toMillis())
                .processTimeout(Duration.ofMinutes(2).toMillis()).maxTasksPerProcess(500).build();
    }

    /** Whether a LibreOffice that can be kept running is installed here (Debian's layout). */
    public static boolean installed() {
        return Files.isExecutable(OFFICE_PROCESS);
    }

    /** Starts LibreOffice; returns once it accepts work, or once it has failed to start in time. */
    public void start() {
        try {
            stopWhatAKilledRunLeft();
            office.start();
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (!office.isRunning() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            if (office.isRunning()) {
                log.info("LibreOffice を常駐させました（ポート {}）", port);
            } else {
                log.warn("LibreOffice が {} 秒以内に起動しません。PDF は変換のたびに起動して作ります", START_TIMEOUT.toSeconds());
            }
        } catch (OfficeException e) {
            log.warn("LibreOffice を常駐させられません。PDF は変換のたびに起動して作ります: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts LibreOffice on a thread of its own, so that whoever starts it need not wait. */
    public void startInBackground() {
        Thread thread = new Thread(this::start, "warm-office-start");
        thread.setDaemon(true);
        starting = thread;
        thread.start();
    }

    public boolean isRunning() {
        return office.isRunning();
    }

    /** How many files the running LibreOffice converted (not the fallback). */
    public long warmConversions() {
        return warmConversions.get();
    }

    /** The port the kept LibreOffice listens on; it tells its process apart from others. */
    public int port() {
        return port;
    }

    @Override
    public List<byte[]> toPdf(List<byte[]> docx) {
        if (!office.isRunning()) {
            return fallback.toPdf(docx);
        }
        try {
            List<byte[]> pdfs = new ArrayList<>();
            for (byte[] file : docx) {
                ByteArrayOutputStream pdf = new ByteArrayOutputStream();
                LocalConverter.make(office).convert(new ByteArrayInputStream(file)).as(DefaultDocumentFormatRegistry.DOCX)
                        .to(pdf).as(DefaultDocumentFormatRegistry.PDF).execute();
                pdfs.add(pdf.toByteArray());
                warmConversions.incrementAndGet();
            }
            return pdfs;
        } catch (OfficeException e) {
            log.warn("常駐の LibreOffice で PDF に変換できませんでした。起動して変換します: {}", e.getMessage());
            return fallback.toPdf(docx);
        }
    }

    /** Stops LibreOffice; one still starting is waited for first, or it would come up after this and outlive the JVM. */
    @Override
    public void close() {
        try {
            Thread thread = starting;
            if (thread != null) {
                thread.join(START_TIMEOUT.toMillis());
            }
            if (office.isRunning()) {
                office.stop();
            }
            Files.deleteIfExists(ownRecord());
        } catch (OfficeException | IOException e) {
            log.warn("LibreOffice を止められませんでした: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The LibreOffice process listening on this port, known by the accept string on its command line. */
    static Optional<ProcessHandle> listeningOn(int port) {
        Pattern accept = Pattern.compile("port=" + port + "(?!\\d)");
        return ProcessHandle.allProcesses().filter(process -> accept.matcher(process.info().commandLine().orElse("")).find())
                .filter(process -> process.info().command().orElse("").contains("soffice")).findFirst();
    }

    /** Stops the offices recorded by applications that are gone, then records this one. */
    private void stopWhatAKilledRunLeft() {
        try {
            Files.createDirectories(records);
            try (Stream<Path> recorded = Files.list(records)) {
                for (Path record : recorded.toList()) {
                    Matcher owner = RECORD.matcher(record.getFileName().toString());
                    if (owner.matches() && ProcessHandle.of(Long.parseLong(owner.group(1))).isEmpty()) {
                        listeningOn(Integer.parseInt(Files.readString(record).strip())).ifPresent(left -> {
                            log.warn("前回停止できなかった LibreOffice（pid {}）を止めます", left.pid());
                            left.destroyForcibly();
                        });
                        Files.delete(record);
                    }
                }
            }
            Files.writeString(ownRecord(), Integer.toString(port));
        } catch (IOException | RuntimeException e) {
            log.warn("LibreOffice の記録（{}）を確かめられません: {}", records, e.getMessage());
        }
    }

    private Path ownRecord() {
        return records.resolve("office-" + ProcessHandle.current().pid() + ".port");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("shingikai-office-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
