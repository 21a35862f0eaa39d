package jp.shingikai.app.precedents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletResponse;
import jp.shingikai.app.problems.InvalidInputException;
import jp.shingikai.app.problems.SearchUnavailableException;
import jp.shingikai.app.registry.Register;
import jp.shingikai.app.security.Role;
import jp.shingikai.app.security.UserAccounts.SignedInUser;
import jp.shingikai.japanese.FiscalYear;
import jp.shingikai.processes.AnswerOutcome;
import jp.shingikai.processes.ConsultationGround;
import jp.shingikai.search.importers.CouncilPacket;
import jp.shingikai.search.importers.RowKind;
import jp.shingikai.search.query.Found;
import jp.shingikai.search.query.RegistrySearch;
import jp.shingikai.search.query.SimilarConsultations;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 先例検索: one search box over the registry (ours and other municipalities'), past consultations and the papers,
 * with facets to narrow by, highlighted passages, a 年度 filter in 和暦 or 西暦, and the registry hits laid side by
 * side by municipality for comparison.
 */
@Controller
@RequiredArgsConstructor
class PrecedentPages {

    /** Facets whose filter parameter has another name. */
    private static final Map<String, String> FACET_PARAMS = Map.of("fiscalYear", "year", "documentType", "type");
    private static final Map<String, String> FACET_HEADINGS = Map.ofEntries(Map.entry("era", "時期"), Map.entry("municipality", "団体"),
            Map.entry("department", "担当課"), Map.entry("kind", "区分"), Map.entry("year", "年"), Map.entry("ground", "意見を聴く項目"),
            Map.entry("outcome", "答申"), Map.entry("fiscalYear", "年度"), Map.entry("documentType", "文書の種類"),
            Map.entry("caseKind", "諮問・報告"));

    private final PrecedentSearch search;
    private final SimilarCases similar;
    private final Synonyms synonyms;
    private final SynonymEditing synonymEditing;
    private final PublishedCases publishedCases;

    @GetMapping("/precedents")
    String search(@RequestParam(defaultValue = "registry") String scope, @RequestParam Map<String, String> params, Model model,
            HttpServletResponse response) {
        String q = params.getOrDefault("q", "");
        String year = params.get("year");
        String sort = params.getOrDefault("sort", "relevance");
        int page = Math.max(0, parse(params.get("page")));
        model.addAttribute("scope", scope);
        model.addAttribute("params", params);
        try {
            switch (scope) {
                case "consultations" -> {
                    var result = search.consultations(new PrecedentSearch.ConsultationQuery(q, params.get("ground"), params.get("outcome"),
                            year, params.get("department"), params.get("municipality"), params.get("caseKind"), sort, page));
                    model.addAttribute("result", result);
                    model.addAttribute("facets", labelled(result.facets(), params));
                }
                case "documents" -> {
                    var result = search.papers(q, params.get("type"), params.get("municipality"), params.get("department"), year, sort, page);
                    model.addAttribute("result", result);
                    model.addAttribute("facets", labelled(result.facets(), params));
                }
                default -> {
                    Found<RegistrySearch.Match> result = search.search(q, params.get("era"), params.get("municipality"),
                            params.get("department"), params.get("kind"), year, sort, page);
                    model.addAttribute("result", result);
                    model.addAttribute("facets", labelled(result.facets(), params));
                    model.addAttribute("comparison", byMunicipality(result));
                }
            }
        } catch (InvalidInputException e) {
            model.addAttribute("problem", e.errors().get(0).message());
        } catch (SearchUnavailableException e) {
            // The form stays, so that the search can be sent again once the engine is back.
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            model.addAttribute("problem", e.getMessage());
        }
        return "precedents/search";
    }

    /** A case another council published: what its papers say, and where they came from. */
    @GetMapping("/precedents/cases/{id}")
    String publishedCase(@PathVariable long id, Model model) {
        model.addAttribute("found", publishedCases.publishedCase(id));
        return "precedents/published-case";
    }

    /** 同義語: every rule, one a line; 総務課 edits them here. */
    @GetMapping("/precedents/synonyms")
    String synonyms(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("rules", String.join("\n", synonyms.rules()));
        model.addAttribute("canEdit", user.user().has(Role.SOUMU));
        return "precedents/synonyms";
    }

    @PostMapping("/precedents/synonyms")
    String saveSynonyms(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String rules, Model model,
            HttpServletResponse response) {
        try {
            SynonymEditing.Saved saved = synonymEditing.replace(user.user(), rules == null ? null : List.of(rules.split("\\r?\\n")));
            model.addAttribute("notice", "同義語を保存し、検索索引を作り直しました（" + saved.indexed() + "件）。");
        } catch (InvalidInputException e) {
            model.addAttribute("problem", e.errors().get(0).message());
            model.addAttribute("rules", rules);
            model.addAttribute("canEdit", true);
            return "precedents/synonyms";
        } catch (SearchUnavailableException e) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            model.addAttribute("problem", e.getMessage());
        }
        return synonyms(user, model);
    }

    /** The registry hits of this page, grouped by municipality, to compare how each runs the same kind of work. */
    private static Map<String, List<RegistrySearch.Match>> byMunicipality(Found<RegistrySearch.Match> result) {
        Map<String, List<RegistrySearch.Match>> groups = new TreeMap<>();
        result.matches().forEach(match -> groups.computeIfAbsent(match.entry().municipality(), m -> new ArrayList<>()).add(match));
        return groups;
    }

    /**
     * Facet values with the words people read (本人以外からの収集, 令和3年度) and the link that narrows the search to
     * them, keyed by the facet's heading.
     */
    private static Map<String, List<Facet>> labelled(Map<String, Map<String, Long>> facets, Map<String, String> params) {
        Map<String, List<Facet>> labelled = new LinkedHashMap<>();
        facets.forEach((name, counts) -> {
            List<Facet> values = new ArrayList<>();
            String param = FACET_PARAMS.getOrDefault(name, name);
            counts.forEach((value, count) -> {
                // A paper that names no department (an imported one often does not) counts as an empty value, which
                // would be a link without text that filters on nothing.
                if (value.isBlank()) {
                    return;
                }
                UriComponentsBuilder link = UriComponentsBuilder.fromPath("/precedents");
                params.forEach((key, current) -> {
                    if (!key.equals(param) && !key.equals("page") && current != null && !current.isBlank()) {
                        link.queryParam(key, current);
                    }
                });
                link.queryParam(param, value);
                values.add(new Facet(label(name, value), count, link.encode().build().toUriString(), value.equals(params.get(param))));
            });
            labelled.put(FACET_HEADINGS.getOrDefault(name, name), values);
        });
        return labelled;
    }

    private static String label(String facet, String value) {
        try {
            return switch (facet) {
                case "ground" -> ConsultationGround.valueOf(value).label();
                case "outcome" -> AnswerOutcome.valueOf(value).label();
                case "kind" -> RowKind.valueOf(value).label();
                case "caseKind" -> CouncilPacket.ItemKind.valueOf(value).label();
                case "era" -> Register.valueOf(value).era() + "（" + Register.valueOf(value).label() + "）";
                case "fiscalYear" -> new FiscalYear(Integer.parseInt(value)).label();
                case "year" -> value + "年";
                default -> value;
            };
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    private static int parse(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** @param chosen the search is already narrowed to this value */
    record Facet(String label, long count, String href, boolean chosen) {
    }

    /** 類似案件 for the draft as far as it is written. */
    @PostMapping("/consultations/similar")
    @ResponseBody
    List<Map<String, Object>> similar(@RequestBody JsonNode draft) {
        return similar.toDraft(draft).stream().map(PrecedentPages::similarCase).toList();
    }

    private static Map<String, Object> similarCase(SimilarConsultations.Similar found) {
        return Map.of("link", found.consultation().link(), "title", found.consultation().title(),
                "caseNumber", String.valueOf(found.consultation().caseNumber()),
                "municipality", String.valueOf(found.consultation().municipality()));
    }
}
