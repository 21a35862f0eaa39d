package jp.shingikai.templates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
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
 * PDF with a bookmark per document and page numbers, converted by a {@link WarmOffice} or a {@link ColdOffice}.
 */
public final class PacketAssembler {

    private final PdfConversion conversion;

    /** Converting with a LibreOffice started for each packet. */
    public PacketAssembler() {
        this(new ColdOffice());
    }

    public PacketAssembler(PdfConversion conversion) {
        this.conversion = conversion;
    }

    public byte[] zip(List<PacketPart> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (PacketPart part : parts) {
                // A .docx is a zip already: stored as it is, not compressed a second time for nothing.
                ZipEntry entry = new ZipEntry(part.fileName());
                CRC32 crc = new CRC32();
                crc.update(part.docx());
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(part.docx().length);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(part.docx());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static boolean canRenderPdf() {
        return ColdOffice.installed();
    }

    /** The packet as one PDF, or empty when LibreOffice is not installed here. */
    public Optional<byte[]> pdf(List<PacketPart> parts) {
        if (!canRenderPdf()) {
            return Optional.empty();
        }
        List<byte[]> pdfs = conversion.toPdf(parts.stream().map(PacketPart::docx).toList());
        try {
            return Optional.of(bind(parts, pdfs));
        } catch (IOException e) {
            throw new DocumentGenerationException("会議資料の PDF を作成できませんでした: " + e.getMessage(), e);
        }
    }

    private static byte[] bind(List<PacketPart> parts, List<byte[]> pdfs) throws IOException {
        try (PDDocument packet = new PDDocument()) {
            PDDocumentOutline outline = new PDDocumentOutline();
            packet.getDocumentCatalog().setDocumentOutline(outline);
            PDFMergerUtility merger = new PDFMergerUtility();
            for (int i = 0; i < parts.size(); i++) {
                int firstPage = packet.getNumberOfPages();
                try (PDDocument part = Loader.loadPDF(pdfs.get(i))) {
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
}
