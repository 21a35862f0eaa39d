package jp.shingikai.app.assessments;

import static jp.shingikai.app.Api.created;
import static jp.shingikai.app.Api.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.Api;
import jp.shingikai.app.DemoApplicationTest;
import jp.shingikai.app.FileText;
import jp.shingikai.app.precedents.RegistryUploads;
import jp.shingikai.japanese.Wareki;
import jp.shingikai.search.importers.ImpactAssessments;
import jp.shingikai.search.testing.TestDocuments;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The 第三者点検 of a 全項目評価書 through the API, with the real engine and its timers run by the test: uploaded by the
 * department, checked (returned once), commented on for 30 days, reviewed by the council, submitted and published; then
 * section V filled in, the 再評価 reminder, the reminder on a ファイル簿 change, and 評価書 of other municipalities
 * compared by 提供先.
 */
@DemoApplicationTest
class AssessmentReviewApiTest {

    private static final CitizenFile FILE = CitizenFile.LATE_ELDERLY_MEDICAL;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    @Test
    void aFullAssessmentGoesFromItsDraftToSectionVAndIsRemindedForItsReevaluation() throws Exception {
        Api department = Api.as(http, "shimin");
        Api soumu = Api.as(http, "soumu");
        Api secretariat = Api.as(http, "jimukyoku");
        RegistryUploads.upload(http, "soumu", "小平市_ファイル簿_後期高齢者.xlsx", TestDocuments.xlsx(Map.of("ファイル簿", FILE.register())));

        // 登録: the department uploads its draft; what was read comes back to confirm
        ResponseEntity<JsonNode> notAnAssessment = RegistryUploads.multipart(http, "shimin", "/api/assessment-reviews", "file",
                "メモ.txt", "会議の日程".getBytes(StandardCharsets.UTF_8));
        assertThat(notAnAssessment.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode review = created(RegistryUploads.multipart(http, "shimin", "/api/assessment-reviews", "file", "後期高齢者医療_評価書案.docx",
                TestDocuments.docx(FILE.assessment())));
        assertThat(review.path("statusLabel").asText()).isEqualTo("評価書の登録中");
        assertThat(review.path("record").path("draft").path("registryFiles")).extracting(JsonNode::asText).containsExactly(FILE.fileName());
        String path = "/api/assessment-reviews/" + review.path("id").asLong();
        Map<String, Object> draft = Map.of("title", "後期高齢者医療に関する事務 全項目評価書", "level", "FULL",
                "summary", "後期高齢者医療の資格管理と給付", "registryFiles", List.of(FILE.fileName()));
        JsonNode submitted = ok(department.post(path + "/draft", draft));
        assertThat(submitted.path("record").path("consistency")).extracting(JsonNode::asText).containsExactly(
                "評価書の提供先「全国健康保険協会」がファイル簿「" + FILE.fileName() + "」の経常的提供先にありません。");

        // 確認: returned once, then accepted
        ok(soumu.post(path + "/check", Map.of("outcome", "RETURNED", "reasons", "提供先2の記載を確認してください。")));
        assertThat(ok(department.get(path)).path("status").asText()).isEqualTo("RETURNED");
        ok(department.post(path + "/draft", draft));
        assertThat(ok(soumu.post(path + "/check", Map.of("outcome", "ACCEPTED"))).path("status").asText()).isEqualTo("ACCEPTED");

        // 意見聴取: 30 days by default; the record step opens when the period ends
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        JsonNode commenting = ok(department.post(path + "/comment-start", Map.of("method", "市ホームページでのパブリックコメント",
                "startsOn", Wareki.format(today), "days", 30)));
        assertThat(commenting.path("statusLabel").asText()).isEqualTo("意見聴取中");
        assertThat(department.post(path + "/comments", Map.of("count", 0, "mainComments", "意見なし")).getStatusCode())
                .as("not before the period ends").isEqualTo(HttpStatus.CONFLICT);
        Job periodEnds = timer(commenting, "commentPeriodEnds");
        assertThat(periodEnds.getDuedate().toInstant()).isEqualTo(today.plusDays(30).atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant());
        run(periodEnds);
        ok(department.post(path + "/comments", Map.of("count", 2, "mainComments", "委託先の監督について", "reflection",
                "委託先の監督の記載を追加した。")));

        // 付議 and each member's review, one with a question
        long meeting = secretariat.scheduleMeeting(1101, today.plusDays(40));
        ok(secretariat.post(path + "/meeting", Map.of("meetingId", meeting)));
        JsonNode agenda = ok(secretariat.get("/api/meetings/" + meeting)).path("agenda");
        assertThat(agenda).extracting(item -> item.path("subjectType").asText()).containsExactly("ASSESSMENT");
        ok(Api.as(http, "iin-sato").post(path + "/member-review", Map.of("question", "提供先2の根拠は何ですか。")));
        ok(Api.as(http, "iin-suzuki").post(path + "/member-review", Map.of()));
        JsonNode reviewed = ok(Api.as(http, "iin-takahashi").post(path + "/member-review", Map.of()));
        assertThat(reviewed.path("statusLabel").asText()).isEqualTo("点検結果の記録待ち");
        assertThat(reviewed.path("record").path("questions").get(0).path("question").asText()).isEqualTo("提供先2の根拠は何ですか。");

        // 点検結果 once the meeting is held, then 提出・公表
        Map<String, Object> result = Map.of("reviewedOn", today.plusDays(40).toString(), "method", "小平市情報公開・個人情報保護審議会による点検",
                "result", "特定個人情報の取扱いは適切であると認められた。", "opinion", "委託先の監督を徹底すること。");
        assertThat(secretariat.post(path + "/result", result).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        ok(secretariat.recordAttendance(meeting, List.of(1, 2, 3), List.of()));
        ok(secretariat.post("/api/meetings/" + meeting + "/held", null));
        ok(secretariat.post(path + "/result", result));
        LocalDate published = today.plusDays(60);
        JsonNode completed = ok(department.post(path + "/completion", Map.of("changes", "委託先の監督の記載を追加した。",
                "submittedOn", today.plusDays(55).toString(), "publishedOn", published.toString())));
        assertThat(completed.path("statusLabel").asText()).isEqualTo("完了");

        // section V, filled in from what the review recorded
        JsonNode papers = ok(department.get(path + "/documents"));
        JsonNode sectionV = StreamSupport.stream(papers.spliterator(), false)
                .filter(paper -> paper.path("title").asText().equals("特定個人情報保護評価書 V 評価実施手続")).findFirst().orElseThrow();
        String text = FileText.docx(department.download("/api/documents/" + sectionV.path("id").asLong() + "/content"));
        assertThat(text).contains("市ホームページでのパブリックコメント", Wareki.format(today) + "から" + Wareki.format(today.plusDays(29))
                + "まで（30日間）", "委託先の監督について（2件）", Wareki.format(today.plusDays(40)),
                "特定個人情報の取扱いは適切であると認められた。", "委託先の監督を徹底すること。");

        // 再評価: due five years after 公表, and a change to the file asks for a look now
        Job reevaluation = timer(completed, "reevaluationDue");
        assertThat(reevaluation.getDuedate().toInstant()).isEqualTo(published.plusYears(5).atTime(LocalTime.of(9, 0))
                .atZone(ZoneId.of("Asia/Tokyo")).toInstant());
        RegistryUploads.upload(http, "soumu", "小平市_ファイル簿_後期高齢者_改定.xlsx", TestDocuments.xlsx(Map.of("ファイル簿",
                FILE.register().replace("東京都後期高齢者医療広域連合", "東京都後期高齢者医療広域連合、全国健康保険協会"))));
        run(reevaluation);
        assertThat(department.get("/api/notifications").getBody()).extracting(notice -> notice.path("message").asText())
                .anyMatch(message -> message.contains("ファイル簿「" + FILE.fileName() + "」が変更されました"))
                .anyMatch(message -> message.contains("再評価"));
    }

    @Test
    void theAssessmentsOfOtherMunicipalitiesAreComparedByWhomTheyProvideTo() {
        JsonNode imported = RegistryUploads.upload(http, "soumu", "町田市_住基_全項目評価書.pdf",
                TestDocuments.publishedPdf(ImpactAssessments.MACHIDA)).path("files").get(0);
        RegistryUploads.upload(http, "soumu", "岡崎市_国保_全項目評価書.docx", TestDocuments.docx(ImpactAssessments.OKAZAKI));

        assertThat(imported.path("importer").asText()).isEqualTo("特定個人情報保護評価書");
        assertThat(imported.path("created").asInt()).as("the 評価書 and its 4 提供先 and 3 移転先").isEqualTo(8);
        JsonNode providers = ok(Api.as(http, "etsuran").get("/api/assessments/transfers?counterpart=全国健康保険協会"));
        assertThat(providers).extracting(row -> row.path("municipality").asText() + " " + row.path("kind").asText())
                .contains("町田市 PROVISION", "岡崎市 PROVISION");
        assertThat(providers).filteredOn(row -> row.path("municipality").asText().equals("岡崎市")).first()
                .satisfies(row -> assertThat(row.path("fields").path("use").asText()).isEqualTo("健康保険法による保険給付の支給に関する事務"));
        assertThat(Api.as(http, "etsuran").get("/api/assessments/transfers").getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    }

    /** The review's timer of this element, as its process has scheduled it. */
    private Job timer(JsonNode review, String elementId) {
        String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey("assessment-" + review.path("id").asLong())
                .singleResult().getId();
        Job job = management.createTimerJobQuery().processInstanceId(process).elementId(elementId).singleResult();
        assertThat(job).as("the timer %s is scheduled", elementId).isNotNull();
        return job;
    }

    /** Runs a timer now rather than waiting for its date, as if the clock had moved on. */
    private void run(Job timer) {
        management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
    }
}
