package jp.shingikai.app.precedents;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.problems.ForbiddenException;
import jp.shingikai.app.security.Role;
import jp.shingikai.app.security.UserAccounts.SignedInUser;
import jp.shingikai.search.query.ConsultationSearch;
import jp.shingikai.search.query.PaperSearch;
import jp.shingikai.search.query.RegistrySearch;
import jp.shingikai.search.query.SimilarConsultations;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequiredArgsConstructor
class PrecedentController {

    private final PrecedentSearch search;
    private final PrecedentIndexer indexer;
    private final SimilarCases similar;

    /** 先例検索 over registry entries. */
    @GetMapping("/api/precedents/registry")
    RegistrySearch.Result registry(@RequestParam(required = false) String q, @RequestParam(required = false) String municipality,
            @RequestParam(required = false) String department, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String year, @RequestParam(defaultValue = "relevance") String sort,
            @RequestParam(defaultValue = "0") int page) {
        return search.search(q, municipality, department, kind, year, sort, Math.max(0, page));
    }

    /** 先例検索 over past consultations. */
    @GetMapping("/api/precedents/consultations")
    ConsultationSearch.Result consultations(@RequestParam(required = false) String q, @RequestParam(required = false) String ground,
            @RequestParam(required = false) String outcome, @RequestParam(required = false) String year,
            @RequestParam(required = false) String department, @RequestParam(defaultValue = "relevance") String sort,
            @RequestParam(defaultValue = "0") int page) {
        return search.consultations(q, ground, outcome, year, department, sort, Math.max(0, page));
    }

    /** 先例検索 over the papers: generated ones (諮問書, 答申書…) and imported published documents (取込資料). */
    @GetMapping("/api/precedents/documents")
    PaperSearch.Result documents(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
            @RequestParam(required = false) String municipality, @RequestParam(required = false) String department,
            @RequestParam(required = false) String year, @RequestParam(defaultValue = "relevance") String sort,
            @RequestParam(defaultValue = "0") int page) {
        return search.papers(q, type, municipality, department, year, sort, Math.max(0, page));
    }

    /** 類似案件: past consultations like a draft being written (its consultation-draft form, as far as it goes). */
    @PostMapping("/api/precedents/similar")
    List<SimilarConsultations.Similar> similar(@RequestBody JsonNode draft) {
        return similar.toDraft(draft);
    }

    /** Rebuilds the search index from the database, switching to the new index when it is complete. */
    @PostMapping("/api/precedents/reindex")
    Map<String, Long> reindex(@AuthenticationPrincipal SignedInUser user) throws IOException {
        if (!user.user().has(Role.SOUMU) && !user.user().has(Role.SECRETARIAT)) {
            throw new ForbiddenException("索引の再構築は総務課または事務局が行います。");
        }
        return Map.of("indexed", indexer.rebuild());
    }
}
