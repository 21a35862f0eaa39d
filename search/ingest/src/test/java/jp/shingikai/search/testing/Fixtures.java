package jp.shingikai.search.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jp.shingikai.japanese.testing.SharedFixtures;

/** The published documents in shared/fixtures, found beside the checkout from any module directory. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path path(String name) {
        return SharedFixtures.path(name);
    }

    /**
     * A fixture as the importers get it: its text as published ({@code text}), or read back by Tika from a file of
     * one of the {@link Formats}.
     */
    public static String readAs(String name, String format) {
        return Formats.readAs(text(name), format);
    }

    public static String text(String name) {
        try {
            return Files.readString(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
