package jp.shingikai.templates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Binds a meeting's papers: as a .zip of the .docx files in 資料 order, and — where LibreOffice is installed — as one
 * PDF with a bookmark per document and page numbers.
 */
public final class PacketAssembler {

    private static final Duration CONVERSION_TIMEOUT = Duration.ofMinutes(3);
    private static final Path SOFFICE = Path.of("/usr/bin/soffice");

    public byte[] zip(List<PacketPart> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (PacketPart part : parts) {
                zip.putNextEntry(new ZipEntry(part.fileName()));
                zip.write(part.docx());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static boolean canRenderPdf() {
        return Files.isExecutable(SOFFICE);
    }

    /** The packet as one PDF, or empty when LibreOffice is not installed here. */
    public Optional<byte[]> pdf(List<PacketPart> parts) {
        if (!canRenderPdf()) {
            return Optional.empty();
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("shingikai-packet-");
            List<String> command = new ArrayList<>(List.of(SOFFICE.toString(), "--headless", "--norestore",
                    "-env:UserInstallation=" + work.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir",
                    work.resolve("pdf").toString()));
            for (int i = 0; i < parts.size(); i++) {
                Path docx = work.resolve(String.format("%02d.docx", i));
                Files.write(docx, parts.get(i).docx());
                command.add(docx.toString());
            }
            Process soffice = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(work.resolve("soffice.log").toFile()).start();
            if (!soffice.waitFor(CONVERSION_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                soffice.destroyForcibly();
                throw new DocumentGenerationException("PDF への変換が " + CONVERSION_TIMEOUT.toMinutes() + " 分以内に終わりませんでした。");
            }
            return Optional.of(bind(parts, work.resolve("pdf")));
        } catch (IOException e) {
            throw new DocumentGenerationException("会議資料の PDF を作成できませんでした: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DocumentGenerationException("会議資料の PDF 作成が中断されました。", e);
        } finally {
            deleteQuietly(work);
        }
    }

    private static byte[] bind(List<PacketPart> parts, Path pdfs) throws IOException {
        try (PDDocument packet = new PDDocument()) {
            PDDocumentOutline outline = new PDDocumentOutline();
            packet.getDocumentCatalog().setDocumentOutline(outline);
            PDFMergerUtility merger = new PDFMergerUtility();
            for (int i = 0; i < parts.size(); i++) {
                Path pdf = pdfs.resolve(String.format("%02d.pdf", i));
                if (!Files.isRegularFile(pdf)) {
                    throw new DocumentGenerationException("「" + parts.get(i).bookmark() + "」を PDF に変換できませんでした。");
                }
                int firstPage = packet.getNumberOfPages();
                try (PDDocument part = Loader.loadPDF(pdf.toFile())) {
                    merger.appendDocument(packet, part);
                }
                PDPageFitWidthDestination destination = new PDPageFitWidthDestination();
                destination.setPage(packet.getPage(firstPage));
                PDOutlineItem bookmark = new PDOutlineItem();
                bookmark.setTitle(parts.get(i).bookmark());
                bookmark.setDestination(destination);
                outline.addLast(bookmark);
            }
            numberPages(packet);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            packet.save(out);
            return out.toByteArray();
        }
    }

    /** "- 3 -" centred at the foot of each page. */
    private static void numberPages(PDDocument packet) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        for (int i = 0; i < packet.getNumberOfPages(); i++) {
            PDPage page = packet.getPage(i);
            String number = "- " + (i + 1) + " -";
            float width = font.getStringWidth(number) / 1000 * 9;
            try (PDPageContentStream footer = new PDPageContentStream(packet, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                footer.beginText();
                footer.setFont(font, 9);
                footer.newLineAtOffset((page.getMediaBox().getWidth() - width) / 2, 28);
                footer.showText(number);
                footer.endText();
            }
        }
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary directory left behind harms nothing.
        }
    }
}
