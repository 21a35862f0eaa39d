package jp.shingikai.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.shingikai.app.assessments.AssessmentReview;
import jp.shingikai.app.assessments.AssessmentReviewSteps;
import jp.shingikai.app.cases.ConsultationService;
import jp.shingikai.app.cases.ConsultationSteps;
import jp.shingikai.app.cases.PreMeetingQuestions;
import jp.shingikai.app.documents.DocumentService;
import jp.shingikai.app.documents.MeetingPacket;
import jp.shingikai.app.meetings.Attendance;
import jp.shingikai.app.meetings.MeetingAttendance;
import jp.shingikai.app.meetings.MeetingService;
import jp.shingikai.app.meetings.NewMeeting;
import jp.shingikai.app.minutes.MinutesSteps;
import jp.shingikai.app.registry.RegistryImportService;
import jp.shingikai.app.reports.ReportService;
import jp.shingikai.app.reports.ReportSteps;
import jp.shingikai.app.security.ApiTokens;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.UserAccounts;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.processes.ConsultationWorkflow.Tasks;
import jp.shingikai.search.testing.TestDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint, API and page alike, against every kind of user: allowed (whatever the answer, as long as it is not
 * 401 or 403 and not a server error) or refused with 403. Cases, reports and meetings are set up at each stage, so
 * that each step is tried where it is open. Signed-out requests get 401 from the API and the login page otherwise.
 * A new endpoint fails this test until it is added to the table.
 */
@SpringBootTest(properties = "flowable.async-executor-activate=false")
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    /** Department, other department, supervisor, 総務課, 事務局, member of the meetings, member of another, staff. */
    private static final Map<String, String> USERS = Stream.of("D=kankyo", "O=shimin", "S=kankyo-kacho", "G=soumu",
            "J=jimukyoku", "M=iin-sato", "N=iin-takahashi", "V=etsuran").map(user -> user.split("="))
            .collect(Collectors.toMap(user -> user[0], user -> user[1], (one, other) -> one, LinkedHashMap::new));
    private static final Set<String> ALL = USERS.keySet();

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokens apiTokens;

    /** Each user's API token, for the same requests made with it. */
    private final Map<String, String> tokens = new LinkedHashMap<>();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ConsultationService consultations;

    @Autowired
    ConsultationSteps consultationSteps;

    @Autowired
    PreMeetingQuestions questions;

    @Autowired
    ReportService reports;

    @Autowired
    ReportSteps reportSteps;

    @Autowired
    MeetingPacket packet;

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingAttendance attendance;

    @Autowired
    MinutesSteps minutes;

    @Autowired
    DocumentService documents;

    @Autowired
    RegistryImportService registry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AssessmentReviewSteps assessmentReviews;

    private final Map<String, Object> ids = new LinkedHashMap<>();
    private final List<Row> table = new ArrayList<>();

    @BeforeAll
    void casesAtEveryStage() throws IOException {
        CurrentUser department = as("kankyo");
        CurrentUser soumu = as("soumu");
        CurrentUser secretariat = as("jimukyoku");
        LocalDate day = LocalDate.now().plusDays(30);
        long m1 = meetings.plan(secretariat, new NewMeeting("kodaira", 61, day, LocalTime.of(17, 30), "庁議室", List.of(1L, 2L), null)).id();
        long m2 = meetings.plan(secretariat, new NewMeeting("kodaira", 62, day, LocalTime.of(17, 30), "庁議室", List.of(1L, 2L, 3L), null)).id();
        long m3 = meetings.plan(secretariat, new NewMeeting("kodaira", 63, day, LocalTime.of(17, 30), "庁議室", List.of(1L, 2L), null)).id();
        long m4 = meetings.plan(secretariat, new NewMeeting("kodaira", 64, day, LocalTime.of(17, 30), "庁議室", List.of(1L), null)).id();

        ids.put("draft", consultationSteps.create(department, Api.json("{\"title\":\"起案中の諮問（他課からは見えない）\"}")).id());
        ObjectNode supervised = Api.kodairaQuestionnaireDraft().put("supervisorReviewRequired", true);
        ids.put("supervised", submitted(department, supervised));
        ids.put("submitted", submitted(department, Api.kodairaQuestionnaireDraft()));
        ids.put("accepted", accepted(department, soumu));
        long scheduled = accepted(department, soumu);
        consultationSteps.take(secretariat, scheduled, Tasks.MEETING_ASSIGNMENT, Api.json("{\"meetingId\":" + m1 + "}"));
        packet.build(secretariat, m1);
        packet.distribute(secretariat, m1);
        ids.put("scheduled", scheduled);
        ids.put("question", questions.ask(as("iin-sato"), scheduled, "委託事業者の作業場所はどこですか。"));
        long deliberated = accepted(department, soumu);
        consultationSteps.take(secretariat, deliberated, Tasks.MEETING_ASSIGNMENT, Api.json("{\"meetingId\":" + m2 + "}"));
        attendance.record(secretariat, m2, allPresent(1L, 2L, 3L));
        meetings.hold(secretariat, m2, null);
        ids.put("minutes", minutes.start(secretariat, m2).id());
        ids.put("deliberated", deliberated);
        long answered = accepted(department, soumu);
        consultationSteps.take(secretariat, answered, Tasks.MEETING_ASSIGNMENT, Api.json("{\"meetingId\":" + m3 + "}"));
        attendance.record(secretariat, m3, allPresent(1L, 2L));
        meetings.hold(secretariat, m3, null);
        consultationSteps.take(secretariat, answered, Tasks.RECORD_ANSWER, Api.json("{\"outcome\":\"APPROVED\",\"answeredOn\":\"" + day + "\"}"));
        ids.put("answered", answered);
        ids.put("m1", m1);
        ids.put("m2", m2);
        ids.put("m4", m4);
        ids.put("paper", documents.documents(secretariat, SubjectType.CONSULTATION, scheduled).get(0).id());

        ids.put("reportDraft", reportSteps.createAfterTheFact(department, Api.json("{\"title\":\"事後報告（作成中）\"}")).id());
        ids.put("reportSubmitted", submittedReport(department));
        long reportAccepted = submittedReport(department);
        reportSteps.take(soumu, reportAccepted, Tasks.REPORT_REVIEW, Api.json("{\"outcome\":\"ACCEPTED\"}"));
        ids.put("reportAccepted", reportAccepted);

        registry.importFiles(soumu, List.of(new RegistryImportService.UploadedFile("sakura.txt", """
                令和5年度 第1回 さくら市個人情報保護審議会
                1 個人情報取扱事務の新規登録について
                番号\t事務の名称\t開始年月日\t所管課\t目的
                1\t放課後児童クラブ入会事務\t令和元年5月1日\t子ども課\t入会の審査のため
                2\t\t令和５年４月１日\t市民課\t名称の欠けた行
                """.getBytes(StandardCharsets.UTF_8))));
        ids.put("import", jdbc.sql("select max(id) from registry_import").query(Long.class).single());
        ids.put("entry", jdbc.sql("select max(id) from registry_entry").query(Long.class).single());
        ids.put("review", jdbc.sql("select max(id) from registry_review_item").query(Long.class).single());
        registry.importFiles(soumu, List.of(new RegistryImportService.UploadedFile("sakura-packet.txt", """
                令和5年度 第2回 さくら市個人情報保護審議会
                令和5年9月4日
                (1) 図書館システムの更新に伴う個人情報の目的外提供について(諮問)
                """.getBytes(StandardCharsets.UTF_8))));
        ids.put("publishedCase", jdbc.sql("select max(id) from published_case").query(Long.class).single());
        AssessmentReview assessmentReview = assessmentReviews.create(department, "評価書案.docx", TestDocuments.docx("""
                特定個人情報保護評価書（全項目評価書）
                評価書番号\t評価書名
                9\t資源循環に関する事務 全項目評価書
                I 基本情報
                ①事務の名称\t資源循環に関する事務
                """));
        ids.put("assessmentReview", assessmentReview.id());
        ids.put("assessment", assessmentReview.assessmentId());
        USERS.values().forEach(user -> tokens.put(user, apiTokens.issue(as(user), "権限表の確認", 1).token()));
        ids.put("token", apiTokens.issue(department, "取り消しの確認", 1).issued().id());
        describeEndpoints();
    }

    /** Who may do what, as {@code authorization-matrix.tsv} says. */
    private void describeEndpoints() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/authorization-matrix.tsv")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .forEach(row -> table.add(new Row(row[1], row[2], allowed(row[3]), Body.of(row[0], row[2]),
                            row.length > 4 ? row[4] : null)));
        }
    }

    private static Set<String> allowed(String letters) {
        return switch (letters) {
            case "*" -> ALL;
            case "-" -> Set.of();
            default -> Set.of(letters.split(" "));
        };
    }

    @Test
    void everyEndpointIsInTheTable() {
        Set<String> described = new TreeSet<>();
        table.forEach(row -> described.add(row.method() + " " + row.template()));
        Set<String> served = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/error") || pattern.startsWith("/v3/api-docs") || pattern.startsWith("/swagger-ui")) {
                    continue;
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                methods.forEach(method -> served.add(method + " " + pattern));
            }
        }
        assertThat(described).as("the endpoints the table describes").containsAll(served);
    }

    @Test
    void eachKindOfUserIsAllowedWhatTheTableSaysAndRefusedTheRest() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Row row : table) {
            for (Map.Entry<String, String> user : USERS.entrySet()) {
                MockHttpServletRequestBuilder request = row.request(ids).with(user(accounts.loadUserByUsername(user.getValue())));
                boolean allowed = row.allowed().contains(user.getKey());
                int status = mvc.perform(request).andReturn().getResponse().getStatus();
                check(wrong, row, user.getValue(), status, allowed);
                if (row.template().startsWith("/api/")) {
                    // The same request with the person's API token: the same answer, but a token never issues or
                    // revokes tokens. A step the first request took is not open to its taker again, so then the
                    // token only has to get through the door.
                    boolean tokenMayDo = allowed && !(row.template().startsWith("/api/account/tokens") && !row.method().equals("GET"));
                    MockHttpServletRequestBuilder byToken = row.request(ids).header("Authorization", "Bearer " + tokens.get(user.getValue()));
                    int tokenStatus = mvc.perform(byToken).andReturn().getResponse().getStatus();
                    if (tokenMayDo && !row.method().equals("GET") && status >= 200 && status < 300) {
                        if (tokenStatus == 401 || tokenStatus >= 500) {
                            wrong.add(row.method() + " " + row.path() + " as " + user.getValue() + " (token): " + tokenStatus);
                        }
                    } else {
                        check(wrong, row, user.getValue() + " (token)", tokenStatus, tokenMayDo);
                    }
                }
            }
        }
        assertThat(wrong).as("requests answered against the table").isEmpty();
    }

    private static void check(List<String> wrong, Row row, String who, int status, boolean allowed) {
        boolean ok = allowed ? status != 401 && status != 403 && status < 500 : status == 403;
        if (!ok) {
            wrong.add(row.method() + " " + row.path() + " as " + who + ": " + status + (allowed ? " (should be allowed)" : " (should be 403)"));
        }
    }

    @Test
    void signedOutRequestsGet401FromTheApiAndTheLoginPageOtherwise() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Row row : table) {
            if (row.template().equals("/login")) {
                continue;
            }
            var response = mvc.perform(row.request(ids)).andReturn().getResponse();
            if (row.template().startsWith("/public/")) {
                // The portal is for residents: public versions only, with no sign-in.
                if (response.getStatus() == 401 || response.getStatus() == 302 || response.getStatus() >= 500) {
                    wrong.add(row.method() + " " + row.path() + ": " + response.getStatus() + " (should be public)");
                }
                continue;
            }
            boolean ok = row.template().startsWith("/api/") ? response.getStatus() == 401
                    : response.getStatus() == 302 && String.valueOf(response.getRedirectedUrl()).endsWith("/login");
            if (!ok) {
                wrong.add(row.method() + " " + row.path() + ": " + response.getStatus());
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Everyone attended, the 会長 (member 1) presiding. */
    private static Attendance allPresent(Long... members) {
        return new Attendance(Arrays.stream(members).map(member -> new Attendance.MemberAttendance(member,
                Attendance.AttendanceStatus.PRESENT, null)).toList(), 1L, Attendance.PresidingRole.CHAIR, List.of(), List.of(),
                List.of(), 0);
    }

    private CurrentUser as(String username) {
        return accounts.find(username).orElseThrow();
    }

    private long submitted(CurrentUser department, ObjectNode draft) {
        long id = consultationSteps.create(department, draft).id();
        consultationSteps.submit(department, id, consultations.load(id).version());
        return id;
    }

    private long accepted(CurrentUser department, CurrentUser soumu) {
        long id = submitted(department, Api.kodairaQuestionnaireDraft());
        consultationSteps.take(soumu, id, Tasks.FORMAL_REVIEW, Api.FORMAL_REVIEW_ACCEPTED);
        return id;
    }

    private long submittedReport(CurrentUser department) {
        long id = reportSteps.createAfterTheFact(department, Api.json(
                "{\"title\":\"登録の廃止について（事後報告）\",\"summary\":\"事業の終了に伴い、登録を廃止した。\"}")).id();
        reportSteps.submit(department, id, reports.load(id).version());
        return id;
    }

    private enum Body {
        JSON, FORM, MULTIPART;

        /** What a row of the table sends: the API and the pages' two lookups JSON, the other pages a form. */
        static Body of(String kind, String path) {
            return switch (kind) {
                case "api" -> JSON;
                case "upload" -> MULTIPART;
                default -> path.equals("/consultations/grounds") || path.equals("/consultations/similar") ? JSON : FORM;
            };
        }
    }

    /** The API addresses of the steps taken by posting their form alone, which one mapping per case type serves. */
    private static final String STEP_ADDRESSES = "supervisor-review|formal-review|meeting-assignment|member-review|answer"
            + "|registry-filing|review|draft|confirmation|fix|publication|check|comment-start|comments|meeting|result|completion";

    /** One endpoint: its path with fixture names in braces, and the letters of the users it allows. */
    private record Row(String method, String path, Set<String> allowed, Body body, String part) {

        /** The path as the server maps it ({id} for a fixture), without the query. */
        String template() {
            String bare = path.replaceFirst("\\?.*$", "");
            return bare.replaceAll("\\{(draft|scheduled|supervised|submitted|accepted|deliberated|answered|reportDraft|"
                            + "reportSubmitted|reportAccepted|m1|m2|m4|minutes|paper|entry|import|review|assessment|assessmentReview|publishedCase|token)}", "{id}")
                    .replace("{id}/questions/{question}", "{id}/questions/{questionId}")
                    .replace("/api/consultations/{id}/report", "/api/consultations/{consultationId}/report")
                    .replace("/api/templates/agenda.docx", "/api/templates/{fileName}")
                    .replace("/agenda/1/up", "/agenda/{handout}/{direction}")
                    .replace("/agenda/1/openness", "/agenda/{handout}/openness")
                    .replace("/public/kodaira", "/public/{code}")
                    .replace("/files/{id}", "/files/{documentId}")
                    .replaceFirst(method.equals("GET") ? "^/api/(consultations|reports|meetings|minutes|assessment-reviews)/\\{id}/documents$"
                            : "^$", "/api/{subjects:consultations|reports|meetings|minutes|assessment-reviews}/{id}/documents")
                    .replaceFirst("^/(consultations|reports|minutes|assessment-reviews)/\\{id}/steps/\\w+$",
                            "/{cases:consultations|reports|minutes|assessment-reviews}/{id}/steps/{step}")
                    .replaceFirst(method.equals("GET") ? "^/(consultations|reports|minutes|assessment-reviews)/\\{id}$" : "^$",
                            "/{cases:consultations|reports|minutes|assessment-reviews}/{id}")
                    .replaceFirst("^(/api/(consultations|reports|minutes|assessment-reviews)/\\{id})/(" + STEP_ADDRESSES + ")$",
                            "$1/{step}");
        }

        MockHttpServletRequestBuilder request(Map<String, Object> ids) {
            String url = path;
            for (Map.Entry<String, Object> id : ids.entrySet()) {
                url = url.replace("{" + id.getKey() + "}", id.getValue().toString());
            }
            MockHttpServletRequestBuilder request = switch (body) {
                case MULTIPART -> MockMvcRequestBuilders.multipart(url).file(new MockMultipartFile(part, "note.txt", "text/plain",
                        "令和4年3月15日 審議会メモ".getBytes(StandardCharsets.UTF_8)));
                default -> MockMvcRequestBuilders.request(org.springframework.http.HttpMethod.valueOf(method), url);
            };
            if (body == Body.JSON && !method.equals("GET")) {
                request.contentType(MediaType.APPLICATION_JSON).content(path.startsWith("/api/templates") ? "" : "{}");
            }
            if (path.startsWith("/api/templates") && method.equals("PUT")) {
                request.contentType(MediaType.APPLICATION_OCTET_STREAM).content(new byte[] {1, 2, 3});
            }
            return path.startsWith("/api/") ? request : request.with(csrf());
        }
    }
}
