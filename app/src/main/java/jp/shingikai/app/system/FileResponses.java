package jp.shingikai.app.system;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored file sent as a download, under its own name (Japanese names included) and its SHA-256 as ETag. */
public final class FileResponses {

    private FileResponses() {
    }

    public static ResponseEntity<byte[]> attachment(String fileName, String mediaType, String sha256, byte[] content) {
        return ResponseEntity.ok()
                .contentType(mediaType == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .eTag(sha256)
                .body(content);
    }
}
