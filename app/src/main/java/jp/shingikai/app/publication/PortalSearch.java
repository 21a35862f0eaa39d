package jp.shingikai.app.publication;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jakarta.servlet.http.HttpServletResponse;
import jp.shingikai.app.council.Council;
import jp.shingikai.app.council.CouncilDirectory;
import jp.shingikai.app.precedents.EngineCalls;
import jp.shingikai.app.problems.NotFoundException;
import jp.shingikai.app.problems.SearchUnavailableException;
import jp.shingikai.japanese.JapaneseText;
import jp.shingikai.search.index.SearchIndices;
import jp.shingikai.search.query.PublicSearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's search, with no sign-in. It reads only the public index, which holds nothing but what the portal has
 * published (the 公開版 of each 会議録), so an internal paper can never be among its answers.
 */
@Controller
class PortalSearch {

    private static final Logger log = LoggerFactory.getLogger(PortalSearch.class);
    private static final int MAX_QUERY = 200;

    private final CouncilDirectory councils;
    private final PublicSearch search;
    private final SearchIndices indices;

    PortalSearch(CouncilDirectory councils, ElasticsearchClient client, SearchIndices indices) {
        this.councils = councils;
        this.search = new PublicSearch(client);
        this.indices = indices;
    }

    @GetMapping("/public/{code}/search")
    String search(@PathVariable String code, @RequestParam(name = "q", defaultValue = "") String query,
            @RequestParam(defaultValue = "0") int page, HttpServletResponse response, Model model) {
        Council council = councils.councilByCode(code).orElseThrow(() -> new NotFoundException("審議会", code));
        String words = JapaneseText.clean(query);
        model.addAttribute("council", council);
        model.addAttribute("query", words);
        if (words.isEmpty()) {
            return "publication/search";
        }
        if (words.length() > MAX_QUERY) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", "検索語は" + MAX_QUERY + "文字以内で入力してください。");
            return "publication/search";
        }
        try {
            model.addAttribute("result", EngineCalls.answer(() -> {
                // Nothing may have been published yet, and so no public index made.
                indices.ensure(SearchIndices.PUBLIC);
                return search.search(indices.alias(SearchIndices.PUBLIC), council.code(), words, Math.max(page, 0));
            }));
        } catch (SearchUnavailableException e) {
            log.warn("公開ポータルの検索ができません: {}", e.getMessage());
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            model.addAttribute("problem", e.getMessage());
        }
        return "publication/search";
    }
}
