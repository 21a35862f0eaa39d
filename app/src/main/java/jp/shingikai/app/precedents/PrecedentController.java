package jp.shingikai.app.precedents;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.problems.ForbiddenException;
import jp.shingikai.app.security.Role;
import jp.shingikai.app.security.UserAccounts.SignedInUser;
import jp.shingikai.search.query.ConsultationSearch;
import jp.shingikai.search.query.Found;
import jp.shingikai.search.query.PaperSearch;
import jp.shingikai.search.query.RegistrySearch;
import jp.shingikai.search.query.SimilarConsultations;
import lombok.RequiredArgsConstructor;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequiredArgsConstructor
class PrecedentController {

    private final PrecedentSearch search;
    private final PrecedentIndexer indexer;
    private final SimilarCases similar;
    private final Synonyms synonyms;
    private final SynonymEditing synonymEditing;
    private final PublishedCases publishedCases;

    /** 先例検索 over registry entries. */
    @GetMapping("/api/precedents/registry")
    Found<RegistrySearch.Match> registry(@ParameterObject Asked asked, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String era) {
        return search.search(asked.q(), era, asked.municipality(), asked.department(), kind, asked.year(), asked.sort(),
                asked.page());
    }

    /** 先例検索 over past consultations. */
    @GetMapping("/api/precedents/consultations")
    Found<ConsultationSearch.Match> consultations(@ParameterObject Asked asked, @RequestParam(required = false) String ground,
            @RequestParam(required = false) String outcome, @RequestParam(required = false) String kind) {
        return search.consultations(new PrecedentSearch.ConsultationQuery(asked.q(), ground, outcome, asked.year(),
                asked.department(), asked.municipality(), kind, asked.sort(), asked.page()));
    }

    /** A 諮問 or 報告 another council published, as read from its papers, with the 答申 once one came in. */
    @GetMapping("/api/precedents/cases/{id}")
    PublishedCase publishedCase(@PathVariable long id) {
        return publishedCases.publishedCase(id);
    }

    /** 先例検索 over the papers: generated ones (諮問書, 答申書…) and imported published documents (取込資料). */
    @GetMapping("/api/precedents/documents")
    Found<PaperSearch.Match> documents(@ParameterObject Asked asked, @RequestParam(required = false) String type) {
        return search.papers(asked.q(), type, asked.municipality(), asked.department(), asked.year(), asked.sort(), asked.page());
    }

    /**
     * What every precedent search asks, from the query string: the words, the usual filters, the order ({@code
     * relevance} or {@code date}) and the page, from 0.
     */
    record Asked(String q, String municipality, String department, String year, String sort, Integer page) {

        Asked {
            sort = sort == null ? "relevance" : sort;
            page = page == null ? 0 : Math.max(0, page);
        }
    }

    /** 類似案件: past consultations like a draft being written (its consultation-draft form, as far as it goes). */
    @PostMapping("/api/precedents/similar")
    List<SimilarConsultations.Similar> similar(@RequestBody JsonNode draft) {
        return similar.toDraft(draft);
    }

    /** 同義語 in force, one rule a line. */
    @GetMapping("/api/precedents/synonyms")
    Map<String, List<String>> synonyms() {
        return Map.of("rules", synonyms.rules());
    }

    /**
     * 総務課 replaces the 同義語; the indices are rebuilt with them behind their aliases (503 without the engine, the
     * rules saved all the same).
     */
    @PutMapping("/api/precedents/synonyms")
    Map<String, Object> replaceSynonyms(@AuthenticationPrincipal SignedInUser user, @RequestBody SynonymRules rules) {
        SynonymEditing.Saved saved = synonymEditing.replace(user.user(), rules == null ? null : rules.rules());
        return Map.of("rules", saved.rules(), "indexed", saved.indexed());
    }

    record SynonymRules(List<String> rules) {
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
