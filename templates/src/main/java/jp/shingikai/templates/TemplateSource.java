package jp.shingikai.templates;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where templates are read from: a file of the same name in the override directory, put there by the secretariat,
 * wins over the default bundled with this module.
 */
public final class TemplateSource {

    private final Path overrideDirectory;

    public TemplateSource(Path overrideDirectory) {
        this.overrideDirectory = overrideDirectory;
    }

    /** Only the bundled defaults. */
    public static TemplateSource defaults() {
        return new TemplateSource(null);
    }

    public InputStream open(DocumentTemplate template) throws IOException {
        Path override = override(template);
        if (override != null && Files.isRegularFile(override)) {
            return Files.newInputStream(override);
        }
        return openDefault(template);
    }

    public InputStream openDefault(DocumentTemplate template) throws IOException {
        InputStream in = TemplateSource.class.getResourceAsStream("/templates/" + template.fileName());
        if (in == null) {
            throw new IOException("bundled template missing: " + template.fileName());
        }
        return in;
    }

    /** The file that replaces the default, whether or not it exists yet. */
    public Path override(DocumentTemplate template) {
        return overrideDirectory == null ? null : overrideDirectory.resolve(template.fileName());
    }

    public boolean isOverridden(DocumentTemplate template) {
        Path override = override(template);
        return override != null && Files.isRegularFile(override);
    }
}
