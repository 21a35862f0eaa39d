package jp.shingikai.app.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

import jp.shingikai.app.problems.ForbiddenException;
import jp.shingikai.app.problems.NotFoundException;
import jp.shingikai.app.security.Role;
import jp.shingikai.app.security.UserAccounts.SignedInUser;
import jp.shingikai.templates.DocumentGenerator;
import jp.shingikai.templates.DocumentTemplate;
import jp.shingikai.templates.TemplateSource;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The templates the secretariat may replace: download the one in use, edit it in Word or LibreOffice, upload it back.
 * A replacement is checked before it is put in place, so a broken one never reaches a meeting's papers.
 */
@RestController
@RequiredArgsConstructor
class TemplateController {

    private final TemplateSource templates;
    private final DocumentGenerator generator;

    @GetMapping("/api/templates")
    List<TemplateView> list() {
        return Arrays.stream(DocumentTemplate.values())
                .map(template -> new TemplateView(template.fileName(), template.title(), templates.isOverridden(template)))
                .toList();
    }

    @GetMapping("/api/templates/{fileName}")
    ResponseEntity<byte[]> download(@PathVariable String fileName) {
        DocumentTemplate template = template(fileName);
        try (InputStream in = templates.open(template)) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(DocumentService.DOCX))
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename(template.fileName(), StandardCharsets.UTF_8).build().toString())
                    .body(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PutMapping(path = "/api/templates/{fileName}", consumes = MediaType.ALL_VALUE)
    TemplateView replace(@AuthenticationPrincipal SignedInUser user, @PathVariable String fileName, @RequestBody byte[] docx) {
        if (!user.user().has(Role.SECRETARIAT)) {
            throw new ForbiddenException("テンプレートの差し替えは事務局が行います。");
        }
        DocumentTemplate template = template(fileName);
        generator.checkReplacement(template, docx);
        Path target = templates.override(template);
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), template.fileName(), ".partial");
            Files.write(partial, docx);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TemplateView(template.fileName(), template.title(), true);
    }

    private static DocumentTemplate template(String fileName) {
        return Arrays.stream(DocumentTemplate.values()).filter(template -> template.fileName().equals(fileName)).findFirst()
                .orElseThrow(() -> new NotFoundException("テンプレート", fileName));
    }

    record TemplateView(String fileName, String title, boolean replaced) {
    }
}
