package jp.shingikai.search.testing;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.commons.io.file.PathUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTBorder;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.STBorder;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblBorders;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.TblWidth;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TrPr;

/**
 * Real files made from the fixtures' text, so that imports go through Tika as uploads would: a PDF set in a
 * Japanese font (one line per text line, tab-separated cells spaced out), a .docx whose tab-separated lines are
 * ruled tables, that .docx exported to PDF by LibreOffice as a city hall publishes it (cells wrap, tables run over
 * pages), and the odd ones out (encrypted, scanned).
 */
public final class TestDocuments {

    private static final File FONT = new File("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf");
    private static final ObjectFactory WML = Context.getWmlObjectFactory();
    private static final Map<String, byte[]> PUBLISHED = new ConcurrentHashMap<>();

    private TestDocuments() {
    }

    public static byte[] pdf(String text) {
        return pdf(text, null);
    }

    public static byte[] encryptedPdf(String text, String password) {
        return pdf(text, password);
    }

    /** A page holding only a picture of printed lines, as a scanner makes it. */
    public static byte[] scannedPdf(String... lines) {
        requireFont();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            BufferedImage image = new BufferedImage(1800, 140 + 120 * lines.length, BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = image.createGraphics();
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
            graphics.setColor(Color.BLACK);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setFont(Font.createFont(Font.TRUETYPE_FONT, FONT).deriveFont(72f));
            for (int i = 0; i < lines.length; i++) {
                graphics.drawString(lines[i], 80, 150 + 120 * i);
            }
            graphics.dispose();
            PDImageXObject picture = LosslessFactory.createFromImage(document, image);
            float width = 480;
            float height = width * image.getHeight() / image.getWidth();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(picture, 50, 780 - height, width, height);
            }
            return save(document);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] pdf(String text, String password) {
        requireFont();
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, FONT);
            List<String> lines = text.lines().toList();
            int perPage = 45;
            for (int start = 0; start < lines.size(); start += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 7);
                    content.setLeading(11);
                    content.newLineAtOffset(30, 800);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                        content.showText(line.replace("\t", "    ").replace("\u00a0", " "));
                        content.newLine();
                    }
                    content.endText();
                }
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A PDF as a 市報 page or a sheet printed from Excel without borders: each run of tab-separated lines is set as a
     * table whose cells start at the same place on every row, with no line drawn; other lines are paragraphs.
     */
    public static byte[] unruledPdf(String text) {
        requireFont();
        float size = 7;
        float leading = 11;
        float gap = 12;
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, FONT);
            List<String> lines = text.lines().toList();
            PDPage page = null;
            PDPageContentStream content = null;
            float y = 0;
            float[] columns = new float[0];
            for (int i = 0; i < lines.size(); i++) {
                if (page == null || y < 40) {
                    if (content != null) {
                        content.close();
                    }
                    page = new PDPage(PDRectangle.A4);
                    document.addPage(page);
                    content = new PDPageContentStream(document, page);
                    y = 800;
                }
                String line = lines.get(i).replace("\u00a0", " ");
                if (line.contains("\t") && (i == 0 || !lines.get(i - 1).contains("\t"))) {
                    columns = columnStarts(lines, i, font, size, gap);
                }
                String[] cells = line.contains("\t") ? line.split("\t", -1) : new String[] {line};
                for (int c = 0; c < cells.length; c++) {
                    if (!cells[c].isEmpty()) {
                        content.beginText();
                        content.setFont(font, size);
                        content.newLineAtOffset(line.contains("\t") ? columns[c] : 30, y);
                        content.showText(cells[c]);
                        content.endText();
                    }
                }
                y -= leading;
            }
            if (content != null) {
                content.close();
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where each column of the table starting at this line begins: after the widest cell of the column before. */
    private static float[] columnStarts(List<String> lines, int first, PDType0Font font, float size, float gap) throws IOException {
        List<float[]> widths = new ArrayList<>();
        int columns = 0;
        for (int i = first; i < lines.size() && lines.get(i).contains("\t"); i++) {
            String[] cells = lines.get(i).split("\t", -1);
            float[] row = new float[cells.length];
            for (int c = 0; c < cells.length; c++) {
                row[c] = font.getStringWidth(cells[c]) / 1000 * size;
            }
            widths.add(row);
            columns = Math.max(columns, cells.length);
        }
        float[] starts = new float[columns];
        float x = 30;
        for (int c = 0; c < columns; c++) {
            starts[c] = x;
            float widest = 0;
            for (float[] row : widths) {
                widest = Math.max(widest, c < row.length ? row[c] : 0);
            }
            x += widest + gap;
        }
        return starts;
    }

    /** An archive (an Office file is one) with one more entry, as an attacker would add it. */
    public static byte[] withZipEntry(byte[] zip, String name, byte[] content) {
        return rewriteZip(zip, null, null, name, content);
    }

    /** An archive with one entry's text changed. */
    public static byte[] withZipEntryChanged(byte[] zip, String name, UnaryOperator<String> change) {
        return rewriteZip(zip, name, change, null, null);
    }

    private static byte[] rewriteZip(byte[] zip, String changed, UnaryOperator<String> change, String added, byte[] addedContent) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(changed)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(content);
                copy.closeEntry();
            }
            if (added != null) {
                copy.putNextEntry(new ZipEntry(added));
                copy.write(addedContent);
                copy.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Each run of tab-separated lines becomes a ruled table; other lines are paragraphs. Rows are kept whole on a
     * page, as forms and registers are usually set up.
     */
    public static byte[] docx(String text) {
        return docx(text, false);
    }

    /** As {@link #docx(String)}, but a row too long for the rest of the page runs on to the next one. */
    public static byte[] docxWithRowsBreakingAcrossPages(String text) {
        return docx(text, true);
    }

    private static byte[] docx(String text, boolean rowsMayBreak) {
        try {
            WordprocessingMLPackage document = WordprocessingMLPackage.createPackage();
            Tbl table = null;
            for (String line : text.lines().toList()) {
                if (line.contains("\t")) {
                    if (table == null) {
                        table = ruledTable();
                        document.getMainDocumentPart().getContent().add(table);
                    }
                    Tr row = WML.createTr();
                    if (!rowsMayBreak) {
                        TrPr keepWhole = WML.createTrPr();
                        keepWhole.getCnfStyleOrDivIdOrGridBefore().add(WML.createCTTrPrBaseCantSplit(new BooleanDefaultTrue()));
                        row.setTrPr(keepWhole);
                    }
                    for (String cell : line.split("\t", -1)) {
                        Tc tc = WML.createTc();
                        tc.getContent().add(paragraph(cell));
                        row.getContent().add(tc);
                    }
                    table.getContent().add(row);
                } else {
                    table = null;
                    document.getMainDocumentPart().getContent().add(paragraph(line));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A workbook with one sheet per entry, named by its key; each tab-separated line of the text is a row. */
    public static byte[] xlsx(Map<String, String> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheets.forEach((name, text) -> {
                XSSFSheet sheet = workbook.createSheet(name);
                List<String> lines = text.lines().toList();
                for (int r = 0; r < lines.size(); r++) {
                    XSSFRow row = sheet.createRow(r);
                    String[] cells = lines.get(r).split("\t", -1);
                    for (int c = 0; c < cells.length; c++) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            });
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tab-separated text as comma-separated values, quoted where a cell needs it, in the given encoding. */
    public static byte[] csv(String text, Charset charset) {
        StringBuilder csv = new StringBuilder();
        for (String line : text.lines().toList()) {
            List<String> cells = new ArrayList<>();
            for (String cell : line.split("\t", -1)) {
                cells.add(cell.matches(".*[,\"\n].*") ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
            }
            csv.append(String.join(",", cells)).append("\r\n");
        }
        return csv.toString().getBytes(charset);
    }

    /** The .docx of {@link #docx(String)} exported to PDF by LibreOffice; made once per text and kept for the run. */
    public static byte[] publishedPdf(String text) {
        return PUBLISHED.computeIfAbsent(text, t -> exportToPdf(docx(t))).clone();
    }

    /** A Word file exported to PDF by LibreOffice, as a city hall publishes it. */
    public static byte[] exportToPdf(byte[] wordFile) {
        Path work = null;
        try {
            work = Files.createTempDirectory("published-pdf");
            Path docx = Files.write(work.resolve("published.docx"), wordFile);
            Process soffice = new ProcessBuilder("soffice", "--headless", "--norestore",
                    "-env:UserInstallation=" + work.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir",
                    work.toString(), docx.toString()).redirectErrorStream(true)
                    .redirectOutput(work.resolve("soffice.log").toFile()).start();
            if (!soffice.waitFor(180, TimeUnit.SECONDS) || soffice.exitValue() != 0) {
                soffice.destroyForcibly();
                throw new IllegalStateException("LibreOffice could not export the PDF: " + Files.readString(work.resolve("soffice.log")));
            }
            return Files.readAllBytes(work.resolve("published.pdf"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(work);
        }
    }

    private static void deleteQuietly(Path directory) {
        try {
            if (directory != null) {
                PathUtils.deleteDirectory(directory);
            }
        } catch (IOException e) {
            // A leftover temporary directory does no harm to the test.
        }
    }

    /** Ruled all round and between cells, as registry tables are printed. */
    private static Tbl ruledTable() {
        CTBorder line = new CTBorder();
        line.setVal(STBorder.SINGLE);
        line.setSz(BigInteger.valueOf(4));
        line.setColor("000000");
        TblBorders borders = new TblBorders();
        borders.setTop(line);
        borders.setBottom(line);
        borders.setLeft(line);
        borders.setRight(line);
        borders.setInsideH(line);
        borders.setInsideV(line);
        TblPr properties = new TblPr();
        properties.setTblBorders(borders);
        TblWidth width = new TblWidth();
        width.setType("pct");
        width.setW(BigInteger.valueOf(5000));
        properties.setTblW(width);
        Tbl table = WML.createTbl();
        table.setTblPr(properties);
        return table;
    }

    private static P paragraph(String text) {
        P paragraph = WML.createP();
        R run = WML.createR();
        Text t = WML.createText();
        t.setValue(text);
        t.setSpace("preserve");
        run.getContent().add(WML.createRT(t));
        paragraph.getContent().add(run);
        return paragraph;
    }

    private static void requireFont() {
        if (!FONT.isFile()) {
            throw new IllegalStateException("the IPAex font is needed to set Japanese in test PDFs: apt-get install fonts-ipaexfont");
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
