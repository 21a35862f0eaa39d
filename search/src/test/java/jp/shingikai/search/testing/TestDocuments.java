package jp.shingikai.search.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;

/**
 * Real files made from the fixtures' text, so that imports go through Tika as uploads would: a PDF set in a
 * Japanese font (one line per text line, tab-separated cells spaced out), a .docx whose tab-separated lines are
 * tables, and the odd ones out (encrypted, scanned).
 */
public final class TestDocuments {

    private static final File FONT = new File("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf");
    private static final ObjectFactory WML = Context.getWmlObjectFactory();

    private TestDocuments() {
    }

    public static byte[] pdf(String text) {
        return pdf(text, null);
    }

    public static byte[] encryptedPdf(String text, String password) {
        return pdf(text, password);
    }

    /** A page holding only a picture, as a scanner makes it. */
    public static byte[] scannedPdf() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            BufferedImage image = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = image.createGraphics();
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, 400, 200);
            graphics.setColor(Color.BLACK);
            graphics.fillRect(40, 80, 320, 10);
            graphics.dispose();
            PDImageXObject picture = LosslessFactory.createFromImage(document, image);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(picture, 50, 500);
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pdf(String text, String password) {
        if (!FONT.isFile()) {
            throw new IllegalStateException("the IPAex font is needed to set Japanese in test PDFs: apt-get install fonts-ipaexfont");
        }
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

    /** Each run of tab-separated lines becomes a table; other lines are paragraphs. */
    public static byte[] docx(String text) {
        try {
            WordprocessingMLPackage document = WordprocessingMLPackage.createPackage();
            Tbl table = null;
            for (String line : text.lines().toList()) {
                if (line.contains("\t")) {
                    if (table == null) {
                        table = WML.createTbl();
                        document.getMainDocumentPart().getContent().add(table);
                    }
                    Tr row = WML.createTr();
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

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
