package jp.shingikai.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The kept LibreOffice: it renders the packet as the one started for it does, and is started again when it dies. */
class WarmOfficeTest {

    private static final Path RECORDS = Path.of("target", "office-records-" + UUID.randomUUID());

    private static WarmOffice office;

    @BeforeAll
    static void start() {
        office = new WarmOffice(Duration.ofMinutes(1), new ColdOffice(), RECORDS);
        office.start();
        assertThat(office.isRunning()).as("LibreOffice (Debian libreoffice-writer-nogui) is started and kept").isTrue();
    }

    @AfterAll
    static void stop() {
        office.close();
    }

    @Test
    void thePacketIsRenderedByTheKeptOfficeWithItsBookmarksAndJapaneseText() throws Exception {
        List<PacketPart> parts = PacketAssemblerTest.kodairaPacket();
        long before = office.warmConversions();

        byte[] pdf = new PacketAssembler(office).pdf(parts).orElseThrow();

        assertThat(office.warmConversions() - before).as("every paper by the kept office").isEqualTo(parts.size());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(parts.size());
            assertThat(document.getDocumentCatalog().getDocumentOutline().children()).hasSize(parts.size());
        }
        BodyContentHandler text = new BodyContentHandler(-1);
        new PDFParser().parse(new ByteArrayInputStream(pdf), text, new Metadata(), new ParseContext());
        assertThat(text.toString().replaceAll("\\s", "")).contains("令和4年3月15日(火)", "小平市個人情報保護条例の規定により");
    }

    @Test
    void anOfficeThatDiesIsStartedAgainAndNoPaperIsLostMeanwhile() throws Exception {
        List<byte[]> agenda = List.of(PacketAssemblerTest.kodairaPacket().get(0).docx());
        ProcessHandle kept = officeProcess().orElseThrow(() -> new AssertionError("no LibreOffice listens on port " + office.port()));

        kept.destroyForcibly();
        kept.onExit().get();
        // Converted meanwhile by a LibreOffice started for it, if the kept one is not back yet.
        assertThat(office.toPdf(agenda)).singleElement().satisfies(pdf -> assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-"));

        long before = office.warmConversions();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (office.warmConversions() == before && System.nanoTime() < deadline) {
            office.toPdf(agenda);
            Thread.sleep(500);
        }
        assertThat(office.warmConversions()).as("the kept office is back").isGreaterThan(before);
        assertThat(officeProcess()).get().isNotEqualTo(kept);
    }

    @Test
    void aLibreOfficeLeftByAnApplicationKilledOutrightIsStoppedAtTheNextStartAndOneOfARunningApplicationIsNot()
            throws Exception {
        Path records = Path.of("target", "office-records-" + UUID.randomUUID());
        Files.createDirectories(records);
        Process left = leftOffice(records, gonePid());
        Process another = leftOffice(records, ProcessHandle.current().parent().orElseThrow().pid());

        try (WarmOffice next = new WarmOffice(Duration.ofMinutes(1), new ColdOffice(), records)) {
            next.start();

            assertThat(left.onExit().get(30, TimeUnit.SECONDS).isAlive()).as("the killed run's office").isFalse();
            assertThat(another.isAlive()).as("the office of an application still running").isTrue();
            assertThat(records.resolve("office-" + ProcessHandle.current().pid() + ".port")).content()
                    .isEqualTo(Integer.toString(next.port()));
        } finally {
            another.destroyForcibly().onExit().get();
        }
        assertThat(records.resolve("office-" + ProcessHandle.current().pid() + ".port")).as("its record goes with it")
                .doesNotExist();
    }

    @Test
    void anOfficeClosedWhileItIsStillStartingDoesNotOutliveIt() throws Exception {
        WarmOffice starting = new WarmOffice(Duration.ofMinutes(1), new ColdOffice(),
                Path.of("target", "office-records-" + UUID.randomUUID()));
        starting.startInBackground();
        starting.close();

        // As long as LibreOffice takes to come up here, had close not waited for the start it cut short.
        long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (System.nanoTime() < until) {
            assertThat(WarmOffice.listeningOn(starting.port())).as("a LibreOffice left running after close").isEmpty();
            Thread.sleep(200);
        }
    }

    /** A LibreOffice listening as a kept one does, recorded as the office of the application with this process id. */
    private static Process leftOffice(Path records, long owner) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path profile = Files.createTempDirectory("left-office-");
        ProcessBuilder start = new ProcessBuilder(WarmOffice.OFFICE_PROCESS.toString(),
                "--accept=socket,host=127.0.0.1,port=" + port + ",tcpNoDelay=1;urp;", "--headless", "--invisible", "--nodefault",
                "--nolockcheck", "--nologo", "--norestore", "-env:UserInstallation=" + profile.toUri())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process soffice = start.start();
        // A new profile makes LibreOffice set it up and ask to be started again (exit 81), as JODConverter does.
        if (soffice.waitFor(5, TimeUnit.SECONDS) && soffice.exitValue() == 81) {
            soffice = start.start();
        }
        Files.writeString(records.resolve("office-" + owner + ".port"), Integer.toString(port));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (WarmOffice.listeningOn(port).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(WarmOffice.listeningOn(port)).as("the left LibreOffice runs").isPresent();
        return soffice;
    }

    /** The id of a process that has ended. */
    private static long gonePid() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        return ended.pid();
    }

    /** The soffice process JODConverter started for this office, known by its port. */
    private static Optional<ProcessHandle> officeProcess() {
        return WarmOffice.listeningOn(office.port());
    }
}
