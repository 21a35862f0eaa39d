package jp.shingikai.app.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.shingikai.app.problems.InvalidInputException;
import jp.shingikai.app.registry.RegistryImportService.UploadedFile;
import jp.shingikai.app.registry.internal.RegistryRepository.Entry;
import jp.shingikai.app.security.UserAccounts.SignedInUser;
import jp.shingikai.app.system.FileResponses;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 登録簿: importing published registry documents, the entries with their versions, and the review list. */
@RestController
@RequiredArgsConstructor
class RegistryController {

    private final RegistryImportService registry;
    private final Successions successions;
    private final FileRegisterExport export;

    @PostMapping("/api/registry/imports")
    ImportSummary importFiles(@AuthenticationPrincipal SignedInUser user, @RequestParam("files") List<MultipartFile> files,
            @RequestParam(required = false) String municipality) {
        if (files == null || files.isEmpty()) {
            throw new InvalidInputException("/files", "ファイル", "取り込むファイルを選んでください。");
        }
        List<UploadedFile> uploaded = new ArrayList<>();
        for (MultipartFile file : files) {
            try {
                uploaded.add(new UploadedFile(file.getOriginalFilename(), file.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return registry.importFiles(user.user(), uploaded, municipality);
    }

    /** The files kept as 未対応の様式, waiting for an importer that knows their layout. */
    @GetMapping("/api/registry/imports/unrecognised")
    List<ImportedFile> unrecognised() {
        return registry.unrecognised();
    }

    /** 再解析 of a kept file with the importers as they are now (総務課). */
    @PostMapping("/api/registry/imports/{id}/reanalysis")
    ImportSummary.FileResult reanalyse(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return registry.reanalyse(user.user(), id);
    }

    /** The published document as it was imported, which entries' provenance points at. */
    @GetMapping("/api/registry/imports/{id}/content")
    ResponseEntity<byte[]> original(@PathVariable long id) {
        ImportedFile file = registry.importedFile(id);
        return FileResponses.attachment(file.fileName(), file.mediaType(), file.sha256(), registry.original(file));
    }

    @GetMapping("/api/registry/entries")
    List<Entry> entries(@RequestParam(required = false) String municipality, @RequestParam(required = false) String name) {
        return registry.entries(municipality, name);
    }

    /** An entry with its versions, and its 条例-era or Act-era counterparts: those linked, and those that look alike. */
    @GetMapping("/api/registry/entries/{id}")
    Map<String, Object> entry(@PathVariable long id) {
        Map<String, Object> entry = new LinkedHashMap<>(registry.entry(id));
        Entry current = (Entry) entry.get("entry");
        entry.put("linked", successions.linked(current));
        entry.put("suggestions", successions.suggestions(current));
        return entry;
    }

    /** Links a 登録簿 entry and the ファイル簿 file that succeeds it (either may be named first). */
    @PostMapping("/api/registry/entries/{id}/links")
    Map<String, Object> link(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody Link link) {
        successions.link(user.user(), id, link == null ? null : link.entryId());
        return entry(id);
    }

    /** Our own ファイル簿 (or a named municipality's) in the order residents read it, as CSV or Excel. */
    @GetMapping("/api/registry/files/export")
    ResponseEntity<byte[]> exportFiles(@RequestParam(required = false) String municipality,
            @RequestParam(defaultValue = "csv") String format) {
        return export.download(municipality, format);
    }

    @GetMapping("/api/registry/review")
    List<Map<String, Object>> review() {
        return registry.openReview();
    }

    /** Settles a row left for review, saying how (登録簿に手で入力した、登録ではない…). */
    @PostMapping("/api/registry/review/{id}/resolution")
    ResponseEntity<Void> resolve(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody Resolution resolution) {
        registry.resolveReview(user.user(), id, resolution.resolution());
        return ResponseEntity.noContent().build();
    }

    record Resolution(String resolution) {
    }

    record Link(Long entryId) {
    }
}
