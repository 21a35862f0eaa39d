package jp.shingikai.japanese.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The published documents in shared/fixtures, found beside the checkout from any module directory. */
public final class SharedFixtures {

    private SharedFixtures() {
    }

    public static Path path(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/fixtures").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("fixture " + name + " not found in shared/fixtures beside the checkout");
    }
}
