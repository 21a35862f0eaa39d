package jp.shingikai.templates;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.docx4j.XmlUtils;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.SdtElement;
import org.docx4j.wml.Text;

/** What a secretary might do to a template in Word, done with docx4j for the tests. */
public final class TemplateEdits {

    private TemplateEdits() {
    }

    public static byte[] appendParagraph(byte[] docx, String text) throws Exception {
        WordprocessingMLPackage document = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
        P paragraph = Context.getWmlObjectFactory().createP();
        R run = Context.getWmlObjectFactory().createR();
        Text t = Context.getWmlObjectFactory().createText();
        t.setValue(text);
        run.getContent().add(Context.getWmlObjectFactory().createRT(t));
        paragraph.getContent().add(run);
        document.getMainDocumentPart().getContent().add(paragraph);
        return save(document);
    }

    public static byte[] renameTag(byte[] docx, String from, String to) throws Exception {
        WordprocessingMLPackage document = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
        rename(document.getMainDocumentPart().getContent(), from, to);
        return save(document);
    }

    private static void rename(java.util.List<Object> content, String from, String to) {
        for (Object child : content) {
            Object node = XmlUtils.unwrap(child);
            if (node instanceof SdtElement control) {
                if (control.getSdtPr().getTag() != null && from.equals(control.getSdtPr().getTag().getVal())) {
                    control.getSdtPr().getTag().setVal(to);
                }
                rename(control.getSdtContent().getContent(), from, to);
            } else if (node instanceof ContentAccessor container) {
                rename(container.getContent(), from, to);
            }
        }
    }

    private static byte[] save(WordprocessingMLPackage document) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
