package jp.shingikai.templates;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.docx4j.XmlUtils;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.Br;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.SdtElement;
import org.docx4j.wml.SdtPr;
import org.docx4j.wml.Text;

/**
 * Fills a .docx template from data. Placeholders are content controls whose tag names a field ({@code meeting.place})
 * and whose title is the field's Japanese name; a content control tagged {@code repeat:items} around paragraphs or a
 * table row is repeated for each element of the list {@code items}, its fields read from {@code item}. The filled
 * document keeps the template's formatting and has no content controls left.
 *
 * <p>Data is a tree of maps, lists and scalars. A field that is absent or null is missing: generation stops with a
 * message naming it, and no document is produced. Optional fields are given as empty strings.
 *
 * <p>Not final: the lifecycle benchmark stands a generator in its place that answers canned papers.
 */
public class DocumentGenerator {

    private static final String REPEAT = "repeat:";
    private static final String ITEM = "item";
    private static final ObjectFactory WML = Context.getWmlObjectFactory();

    private final TemplateSource templates;

    public DocumentGenerator(TemplateSource templates) {
        this.templates = templates;
    }

    public byte[] generate(DocumentTemplate template, Map<String, ?> data) {
        WordprocessingMLPackage document;
        try (InputStream in = templates.open(template)) {
            document = WordprocessingMLPackage.load(in);
        } catch (IOException | Docx4JException e) {
            throw new DocumentGenerationException("テンプレート「" + template.title() + "」（" + template.fileName()
                    + "）を読み込めません。Word 形式（.docx）のファイルか確認してください。", e);
        }
        Deque<Map<String, ?>> scope = new ArrayDeque<>();
        scope.push(data);
        fill(template, document.getMainDocumentPart().getContent(), scope);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            document.save(out);
        } catch (Docx4JException e) {
            throw new DocumentGenerationException("「" + template.title() + "」を書き出せませんでした。", e);
        }
        return out.toByteArray();
    }

    /** The placeholders (content-control tags) a .docx uses. */
    public static Set<String> placeholders(byte[] docx) {
        try {
            WordprocessingMLPackage document = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
            Set<String> tags = new TreeSet<>();
            collectTags(document.getMainDocumentPart().getContent(), tags);
            return tags;
        } catch (Docx4JException | RuntimeException e) {
            throw new DocumentGenerationException("テンプレートファイルを読み込めません。Word 形式（.docx）で保存したファイルか確認してください。", e);
        }
    }

    /**
     * Checks a replacement for a template before it is put in place: it must be a readable .docx whose placeholders
     * are all known to the default template (a misspelt one would fail every later generation).
     */
    public void checkReplacement(DocumentTemplate template, byte[] docx) {
        Set<String> unknown = new TreeSet<>(placeholders(docx));
        try (InputStream in = templates.openDefault(template)) {
            unknown.removeAll(placeholders(in.readAllBytes()));
        } catch (IOException e) {
            throw new DocumentGenerationException("既定のテンプレート「" + template.title() + "」を読み込めません。", e);
        }
        if (!unknown.isEmpty()) {
            throw new DocumentGenerationException("テンプレート「" + template.title() + "」に不明な差込項目があります: "
                    + String.join("、", unknown) + "。既定のテンプレートにある差込項目だけを使ってください。");
        }
    }

    private void fill(DocumentTemplate template, List<Object> content, Deque<Map<String, ?>> scope) {
        for (int i = 0; i < content.size(); i++) {
            Object node = XmlUtils.unwrap(content.get(i));
            if (node instanceof SdtElement control) {
                List<Object> replacement = replacement(template, control, scope);
                content.remove(i);
                content.addAll(i, replacement);
                i += replacement.size() - 1;
            } else if (node instanceof ContentAccessor container) {
                fill(template, container.getContent(), scope);
            }
        }
    }

    private List<Object> replacement(DocumentTemplate template, SdtElement control, Deque<Map<String, ?>> scope) {
        String tag = tag(control);
        String label = label(control, tag);
        if (tag.startsWith(REPEAT)) {
            List<Object> repeated = new ArrayList<>();
            for (Object item : list(template, scope, tag.substring(REPEAT.length()), label)) {
                List<Object> copy = new ArrayList<>();
                control.getSdtContent().getContent().forEach(child -> copy.add(XmlUtils.deepCopy(child)));
                scope.push(Map.of(ITEM, item));
                fill(template, copy, scope);
                scope.pop();
                repeated.addAll(copy);
            }
            return repeated;
        }
        return List.of(textRun(firstRunFormat(control), text(template, scope, tag, label)));
    }

    private static Object lookup(Deque<Map<String, ?>> scope, String path) {
        String[] names = path.split("\\.");
        for (Map<String, ?> level : scope) {
            if (level.containsKey(names[0])) {
                Object value = level.get(names[0]);
                for (int i = 1; i < names.length && value != null; i++) {
                    value = value instanceof Map<?, ?> map ? map.get(names[i]) : null;
                }
                return value;
            }
        }
        return null;
    }

    private static String text(DocumentTemplate template, Deque<Map<String, ?>> scope, String tag, String label) {
        Object value = lookup(scope, tag);
        if (value == null || value instanceof Map || value instanceof List) {
            throw missing(template, tag, label);
        }
        return value.toString();
    }

    private static List<?> list(DocumentTemplate template, Deque<Map<String, ?>> scope, String name, String label) {
        if (lookup(scope, name) instanceof List<?> items) {
            return items;
        }
        throw missing(template, REPEAT + name, label);
    }

    private static DocumentGenerationException missing(DocumentTemplate template, String tag, String label) {
        return new DocumentGenerationException("「" + template.title() + "」を作成できません。差込項目「" + label + "」（" + tag
                + "）のデータがありません。入力漏れがないか、テンプレートの差込項目名が正しいか確認してください。");
    }

    /** A run with the placeholder's formatting; line breaks in the text become line breaks in the document. */
    private static R textRun(RPr format, String value) {
        R run = WML.createR();
        if (format != null) {
            run.setRPr(XmlUtils.deepCopy(format));
        }
        String[] lines = value.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                Br br = WML.createBr();
                run.getContent().add(br);
            }
            Text text = WML.createText();
            text.setValue(lines[i]);
            text.setSpace("preserve");
            run.getContent().add(WML.createRT(text));
        }
        return run;
    }

    private static RPr firstRunFormat(SdtElement control) {
        for (Object child : control.getSdtContent().getContent()) {
            if (XmlUtils.unwrap(child) instanceof R run) {
                return run.getRPr();
            }
        }
        return null;
    }

    private static void collectTags(List<Object> content, Set<String> tags) {
        for (Object child : content) {
            Object node = XmlUtils.unwrap(child);
            if (node instanceof SdtElement control) {
                tags.add(tag(control));
                collectTags(control.getSdtContent().getContent(), tags);
            } else if (node instanceof ContentAccessor container) {
                collectTags(container.getContent(), tags);
            }
        }
    }

    private static String tag(SdtElement control) {
        SdtPr properties = control.getSdtPr();
        return properties == null || properties.getTag() == null ? "" : properties.getTag().getVal();
    }

    /** The content control's title (alias), which the templates use for the field's Japanese name. */
    private static String label(SdtElement control, String tag) {
        SdtPr properties = control.getSdtPr();
        if (properties != null) {
            for (Object property : properties.getRPrOrAliasOrLock()) {
                if (XmlUtils.unwrap(property) instanceof SdtPr.Alias alias) {
                    return alias.getVal();
                }
            }
        }
        return tag;
    }
}
