package jp.shingikai.app.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the application keeps what it owns on disk.
 *
 * @param dataDir root of the local data: the H2 database, the file store and the embedded search engine
 */
@ConfigurationProperties("shingikai")
public record StorageProperties(@DefaultValue("./data") Path dataDir) {

    /** Uploaded and generated files, addressed by their SHA-256. */
    public Path filesDirectory() {
        return dataDir.resolve("files");
    }
}
