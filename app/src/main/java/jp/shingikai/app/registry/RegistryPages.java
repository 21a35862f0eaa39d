package jp.shingikai.app.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.shingikai.app.problems.ForbiddenException;
import jp.shingikai.app.problems.InvalidInputException;
import jp.shingikai.app.registry.RegistryImportService.UploadedFile;
import jp.shingikai.app.registry.internal.RegistryRepository.Entry;
import jp.shingikai.app.security.Role;
import jp.shingikai.app.security.UserAccounts.SignedInUser;
import jp.shingikai.app.system.FileResponses;
import jp.shingikai.search.importers.RowKind;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 登録簿: entries with every version and where it came from (an imported file or one of our cases), imports, review list. */
@Controller
@RequiredArgsConstructor
class RegistryPages {

    private final RegistryImportService registry;
    private final Successions successions;
    private final FileRegisterExport export;

    @GetMapping("/registry")
    String entries(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String municipality,
            @RequestParam(required = false) String name, Model model) {
        model.addAttribute("entries", registry.entries(municipality, name));
        model.addAttribute("municipality", municipality);
        model.addAttribute("name", name);
        model.addAttribute("canImport", user.user().has(Role.SOUMU) || user.user().has(Role.SECRETARIAT));
        model.addAttribute("reviewCount", registry.openReview().size());
        return "registry/entries";
    }

    @GetMapping("/registry/entries/{id}")
    @SuppressWarnings("unchecked")
    String entry(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        Map<String, Object> entry = registry.entry(id);
        List<Map<String, Object>> versions = new ArrayList<>();
        for (Map<String, Object> version : (List<Map<String, Object>>) entry.get("versions")) {
            Map<String, Object> shown = new LinkedHashMap<>(version);
            shown.put("kindLabel", RowKind.valueOf((String) version.get("kind")).label());
            versions.add(shown);
        }
        Entry current = (Entry) entry.get("entry");
        model.addAttribute("entry", current);
        model.addAttribute("registerLabel", entry.get("registerLabel"));
        model.addAttribute("versions", versions);
        model.addAttribute("linked", successions.linked(current));
        model.addAttribute("suggestions", successions.suggestions(current));
        model.addAttribute("canLink", user.user().has(Role.SOUMU) || user.user().has(Role.SECRETARIAT));
        return "registry/entry";
    }

    @PostMapping("/registry/entries/{id}/links")
    String link(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam(required = false) Long entryId,
            RedirectAttributes redirect) {
        try {
            successions.link(user.user(), id, entryId);
            redirect.addFlashAttribute("notice", "対応付けました。");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.errors().get(0).message());
        }
        return "redirect:/registry/entries/" + id;
    }

    @GetMapping("/registry/files/export")
    ResponseEntity<byte[]> exportFiles(@RequestParam(required = false) String municipality,
            @RequestParam(defaultValue = "csv") String format) {
        return export.download(municipality, format);
    }

    @GetMapping("/registry/import")
    String importPage(@AuthenticationPrincipal SignedInUser user, Model model) {
        if (!user.user().has(Role.SOUMU) && !user.user().has(Role.SECRETARIAT)) {
            throw new ForbiddenException("登録簿の取込みは総務課または事務局が行います。");
        }
        return importView(user, model);
    }

    /** 再解析 of a file kept as 未対応の様式; the page says what became of it. */
    @PostMapping("/registry/imports/{id}/reanalysis")
    String reanalyse(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        ImportSummary.FileResult result = registry.reanalyse(user.user(), id);
        model.addAttribute(result.outcome().equals(ImportSummary.FileResult.IMPORTED) ? "notice" : "problem",
                "「" + result.fileName() + "」: " + (result.outcome().equals(ImportSummary.FileResult.IMPORTED)
                        ? result.importer() + "として取り込みました（新規 " + result.created() + "件、更新 " + result.updated() + "件）。"
                        : "まだ対応する様式がありません。"));
        return importView(user, model);
    }

    private String importView(SignedInUser user, Model model) {
        model.addAttribute("kept", registry.unrecognised());
        model.addAttribute("canReanalyse", user.user().has(Role.SOUMU));
        return "registry/import";
    }

    /** 取込み: each file in its own transaction; the page lists what happened to each, in Japanese. */
    @PostMapping("/registry/import")
    String importFiles(@AuthenticationPrincipal SignedInUser user, @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(required = false) String municipality,
            Model model) {
        List<UploadedFile> uploaded = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (!file.isEmpty() || file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()) {
                try {
                    uploaded.add(new UploadedFile(file.getOriginalFilename(), file.getBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        if (uploaded.isEmpty()) {
            model.addAttribute("problem", "取り込むファイルを選んでください。");
            return importView(user, model);
        }
        ImportSummary summary = registry.importFiles(user.user(), uploaded, municipality);
        model.addAttribute("summary", summary);
        if (summary.hasFailures()) {
            model.addAttribute("problem", "取り込めなかったファイルがあります。理由を確認してください（ほかのファイルは取り込まれています）。");
        } else {
            model.addAttribute("notice", "取込みが完了しました。");
        }
        return importView(user, model);
    }

    /** The imported file as it came, which a version's provenance points at. */
    @GetMapping("/registry/imports/{id}")
    ResponseEntity<byte[]> original(@PathVariable long id) {
        ImportedFile file = registry.importedFile(id);
        return FileResponses.attachment(file.fileName(), file.mediaType(), file.sha256(), registry.original(file));
    }

    @GetMapping("/registry/review")
    String review(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("items", registry.openReview());
        model.addAttribute("canResolve", user.user().has(Role.SOUMU) || user.user().has(Role.SECRETARIAT));
        return "registry/review";
    }

    @PostMapping("/registry/review/{id}")
    String resolve(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(defaultValue = "") String resolution, Model model, RedirectAttributes redirect) {
        try {
            registry.resolveReview(user.user(), id, resolution);
        } catch (InvalidInputException e) {
            model.addAttribute("problem", e.errors().get(0).message());
            return review(user, model);
        }
        redirect.addFlashAttribute("notice", "確認済みにしました。");
        return "redirect:/registry/review";
    }
}
