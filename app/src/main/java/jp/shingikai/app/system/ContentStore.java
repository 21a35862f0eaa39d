package jp.shingikai.app.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import jp.shingikai.app.problems.StorageUnavailableException;
import org.springframework.stereotype.Component;

/** Files on disk addressed by their SHA-256: written once, never overwritten, shared by identical content. */
@Component
public class ContentStore {

    private final Path root;

    ContentStore(StorageProperties storage) {
        this.root = storage.filesDirectory();
    }

    /** Stores the bytes (if not already there) and returns their SHA-256. */
    public String put(byte[] content) {
        String sha256 = Hashes.sha256(content);
        Path target = path(sha256);
        try {
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Path partial = Files.createTempFile(target.getParent(), sha256, ".partial");
                Files.write(partial, content);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new StorageUnavailableException(new IOException("ファイル保管場所 " + root + " に書き込めません", e));
        }
        return sha256;
    }

    public boolean has(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    public byte[] get(String sha256) {
        try {
            return Files.readAllBytes(path(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("保管ファイル " + sha256 + " を読めません", e);
        }
    }

    private Path path(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }
}
