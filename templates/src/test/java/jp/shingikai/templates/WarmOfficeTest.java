package jp.shingikai.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

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

    private static WarmOffice office;

    @BeforeAll
    static void start() {
        office = new WarmOffice(Duration.ofMinutes(1), new ColdOffice());
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

    /** The soffice process JODConverter started for this office, known by its port. */
    private static Optional<ProcessHandle> officeProcess() {
        String port = "port=" + office.port();
        return ProcessHandle.allProcesses().filter(process -> process.info().commandLine().orElse("").contains(port))
                .filter(process -> process.info().command().orElse("").contains("soffice")).findFirst();
    }
}
