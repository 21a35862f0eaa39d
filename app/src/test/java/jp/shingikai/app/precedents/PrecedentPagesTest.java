package jp.shingikai.app.precedents;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.ConnectException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.shingikai.app.problems.SearchUnavailableException;
import jp.shingikai.app.security.Role;
import jp.shingikai.app.security.SignedInUsers;
import jp.shingikai.app.web.PageSliceTest;
import jp.shingikai.search.query.Found;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The search page while the engine is away (the form stays, with the reason, and the status says so), and its facets.
 */
@WebMvcTest(PrecedentPages.class)
class PrecedentPagesTest extends PageSliceTest {

    @MockitoBean
    PrecedentSearch search;

    @MockitoBean
    SimilarCases similar;

    @MockitoBean
    Synonyms synonyms;

    @MockitoBean
    SynonymEditing synonymEditing;

    @MockitoBean
    PublishedCases publishedCases;

    @Test
    void aSearchWhileTheEngineIsDownKeepsTheFormAndSaysItIsTemporary() throws Exception {
        when(search.search(any(), any(), any(), any(), any(), any(), any(), anyInt()))
                .thenThrow(new SearchUnavailableException(new ConnectException("Connection refused")));

        mvc.perform(get("/precedents").param("q", "住民基本台帳")
                        .with(SignedInUsers.as("etsuran", "閲覧者", Role.VIEWER, null)))
                .andExpect(status().isServiceUnavailable())
                .andExpect(showing("検索は一時的に利用できません。しばらくしてから再度お試しください。", "id=\"search-form\"", "住民基本台帳"));
    }

    @Test
    void papersThatNameNoDepartmentGiveNoFacetLinkWithoutText() throws Exception {
        Map<String, Long> departments = new LinkedHashMap<>();
        departments.put("", 3L);
        departments.put("市民課", 2L);
        when(search.search(any(), any(), any(), any(), any(), any(), any(), anyInt()))
                .thenReturn(new Found<>(5, List.of(), Map.of("department", departments), false));

        mvc.perform(get("/precedents").with(SignedInUsers.as("etsuran", "閲覧者", Role.VIEWER, null)))
                .andExpect(status().isOk())
                .andExpect(showing("担当課", ">市民課</a>", "(2)"))
                .andExpect(content().string(not(containsString("department=\""))))
                .andExpect(content().string(not(containsString("(3)"))));
    }
}
