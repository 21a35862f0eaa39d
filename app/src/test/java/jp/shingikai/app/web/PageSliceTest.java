package jp.shingikai.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;

import jp.shingikai.app.problems.Uploads;
import jp.shingikai.app.security.UserAccounts;
import jp.shingikai.app.workflow.Workflow;
import jp.shingikai.forms.FormDefinitions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * What a slice test of one feature's pages shares ({@code @WebMvcTest(TheirPages.class)} on the subclass): the real
 * forms, page helper and case page controller, with the workflow, the user table and the papers stood in for.
 */
@Import({SubjectPage.class, CasePageController.class, Uploads.class, PageSliceTest.Forms.class})
public abstract class PageSliceTest {

    @TestConfiguration
    static class Forms {
        @Bean
        FormDefinitions formDefinitions() {
            return new FormDefinitions();
        }

        @Bean
        Clock clock() {
            return Clock.system(ZoneId.of("Asia/Tokyo"));
        }
    }

    @Autowired
    protected MockMvc mvc;

    @MockitoBean
    protected Workflow workflow;

    @MockitoBean
    protected UserAccounts accounts;

    @MockitoBean
    protected SubjectPapers papers;

    /** The page's HTML holds each of these texts. */
    protected static ResultMatcher showing(String... texts) {
        return result -> {
            String html = result.getResponse().getContentAsString();
            for (String text : texts) {
                assertThat(html).contains(text);
            }
        };
    }
}
