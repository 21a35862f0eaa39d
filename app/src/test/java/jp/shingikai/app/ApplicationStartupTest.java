package jp.shingikai.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.shingikai.app.security.Role;
import jp.shingikai.app.security.UserAccounts;
import jp.shingikai.search.index.SearchIndices;
import org.flowable.dmn.api.DmnRepositoryService;
import org.flowable.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The whole application on its embedded defaults: H2 file database, Flowable, the real search engine. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicationStartupTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    DmnRepositoryService dmnRepository;

    @Autowired
    UserAccounts users;

    @Autowired
    SearchIndices indices;

    @Test
    void healthIsUpWithTheDatabaseAndTheSearchEngine() throws Exception {
        JsonNode health = okJson(http, "/actuator/health");

        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/search/status").asText()).isEqualTo("UP");
    }

    @Test
    void theProcessAndDecisionEnginesRunOnTheApplicationDatabase() {
        assertThat(processEngine.getManagementService().getTableCount()).containsKey("ACT_RU_EXECUTION");
        assertThat(dmnRepository.createDeploymentQuery().count()).isGreaterThanOrEqualTo(0);
        assertThat(processEngine.getProcessEngineConfiguration().getAsyncExecutor().isActive())
                .as("timers need the async executor").isTrue();
    }

    @Test
    void aSearchFindsNothingRatherThanFailingWhenTheIndexIsNotThere() throws Exception {
        users.create("startup-viewer", "閲覧 職員", "password-123", null, List.of(Role.VIEWER));
        indices.deleteAll();

        JsonNode found = okJson(http.withBasicAuth("startup-viewer", "password-123"), "/api/precedents/registry?q=住民");

        assertThat(found.path("total").asLong()).isZero();
    }

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        JsonNode description = okJson(http, "/v3/api-docs");

        assertThat(description.path("openapi").asText()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        description.path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/api/consultations", "/api/meetings/{id}/distribution", "/api/audit")
                .allSatisfy(path -> assertThat(path).startsWith("/api/"));
    }

    private static JsonNode okJson(TestRestTemplate client, String path) throws Exception {
        ResponseEntity<String> response = client.getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return new ObjectMapper().readTree(response.getBody());
    }
}
