package jp.shingikai.app.publication;

import static jp.shingikai.app.Api.succeeded;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import jp.shingikai.app.Api;
import jp.shingikai.app.DemoApplicationTest;
import jp.shingikai.app.FileText;
import jp.shingikai.app.SearchCatchUp;
import jp.shingikai.app.council.Council;
import jp.shingikai.app.council.CouncilDirectory;
import jp.shingikai.japanese.Wareki;
import jp.shingikai.search.index.SearchIndices;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What residents read without signing in: the 開催案内 and the 公開版 of the 会議録, as pages, Atom and iCal. A closed
 * 議題's title and text, a 不開示 passage and, for an anonymising council, the members' names appear in none of them.
 */
@DemoApplicationTest
class PublicPortalTest {

    private static final String CLOSED_TITLE = "非公開議題の件名ZZZ";
    private static final String CLOSED_TEXT = "非公開の審議内容YYY";
    private static final String WITHHELD = "小平市学園東町9-9-9";
    private static final List<String> SECRETS = List.of(CLOSED_TITLE, CLOSED_TEXT, WITHHELD, "佐藤", "鈴木", "高橋");

    @Autowired
    TestRestTemplate http;

    /** The application's clock: its today is Tokyo's, whatever the machine's zone. */
    @Autowired
    Clock clock;

    @Autowired
    CouncilDirectory councils;

    @Autowired
    SearchCatchUp catchUp;

    @AfterEach
    void nameMembersAgain() {
        councils.setMemberNaming(kodaira().id(), Council.MemberNaming.NAMED);
    }

    @Test
    void noClosedItemNoWithheldPassageAndNoMemberNameReachesAnyPublicOutput() throws Exception {
        councils.setMemberNaming(kodaira().id(), Council.MemberNaming.ANONYMISED);
        Api secretariat = Api.as(http, "jimukyoku");
        long meeting = succeeded(secretariat.post("/api/meetings", Map.of("councilCode", "kodaira", "number", 601,
                "heldOn", LocalDate.now(clock).plusDays(10).toString(), "startsAt", "14:00", "place", "市役所3階 庁議室",
                "memberIds", List.of(1, 2, 3), "publicSeats", 10))).path("meeting").path("id").asLong();
        long open = acceptedOn(meeting, "図書館利用者調査について");
        long closed = acceptedOn(meeting, CLOSED_TITLE);
        int openHandout = handout(secretariat, meeting, open);
        int closedHandout = handout(secretariat, meeting, closed);

        ResponseEntity<JsonNode> noReason = secretariat.put("/api/meetings/" + meeting + "/agenda/" + closedHandout + "/openness",
                Map.of("closed", true, "reason", " "), null);
        assertThat(noReason.getStatusCode()).as("a closed item needs its reason").isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        succeeded(secretariat.put("/api/meetings/" + meeting + "/agenda/" + closedHandout + "/openness",
                Map.of("closed", true, "reason", "個人情報を含むため"), null));
        succeeded(secretariat.post("/api/meetings/" + meeting + "/notice", null));
        succeeded(secretariat.recordAttendance(meeting, List.of(1, 2, 3), List.of()));
        succeeded(secretariat.post("/api/meetings/" + meeting + "/held", null));
        for (long id : List.of(open, closed)) {
            succeeded(secretariat.post("/api/consultations/" + id + "/answer", Map.of("outcome", "APPROVED",
                    "answeredOn", LocalDate.now(clock).toString())));
        }
        String minutes = "/api/minutes/" + succeeded(secretariat.post("/api/meetings/" + meeting + "/minutes", null)).path("id").asLong();
        succeeded(secretariat.post(minutes + "/draft", Map.of("form", "FULL", "items", List.of(
                Map.of("handoutNumber", openHandout, "title", "図書館利用者調査について", "statements", List.of(
                        Map.of("speaker", "鈴木", "text", "調査票の送付先は［不開示］" + WITHHELD + "［／不開示］とする案でよいか。"),
                        Map.of("speaker", "会長", "text", "佐藤です。原案のとおり承認する。"))),
                Map.of("handoutNumber", closedHandout, "title", CLOSED_TITLE, "summary", CLOSED_TEXT)))));
        for (String member : List.of("iin-sato", "iin-suzuki", "iin-takahashi")) {
            succeeded(Api.as(http, member).post(minutes + "/confirmation", Map.of("outcome", "CONFIRMED")));
        }
        succeeded(Api.as(http, "iin-sato").post(minutes + "/fix", Map.of()));
        succeeded(secretariat.post(minutes + "/publication", Map.of()));
        long minutesId = Long.parseLong(minutes.substring(minutes.lastIndexOf('/') + 1));

        String portal = page("/public/kodaira");
        assertThat(portal).contains("非公開の議題（個人情報を含むため）", "図書館利用者調査について（公開）", "傍聴定員", "10人（先着順）");
        String published = page("/public/kodaira/minutes/" + minutesId);
        assertThat(published).contains("委員A", "委員B", "■".repeat(WITHHELD.length()), "原案のとおり承認する。", "非公開としたため掲載していません");
        String atom = page("/public/kodaira/feed.atom");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(atom));
        assertThat(feed.getEntries()).extracting(entry -> entry.getTitle()).anyMatch(title -> title.startsWith("【会議録】"))
                .anyMatch(title -> title.startsWith("【開催案内】"));
        String ics = page("/public/kodaira/meetings.ics");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.<VEvent>getComponents("VEVENT")).extracting(event -> event.getSummary().getValue())
                .anyMatch(summary -> summary.contains("第601回"));

        Map<String, String> files = publicFiles(published, minutesId);
        String bound = files.keySet().stream().filter(title -> title.endsWith("第601回 会議資料・会議録 一式（公開版）")).findFirst()
                .orElseThrow(() -> new AssertionError("no bound PDF among " + files.keySet()));
        assertThat(files.keySet()).contains("会議次第", "資料" + openHandout + " 諮問書", "資料" + openHandout + " 答申書",
                "会議録（公開版）");
        assertThat(files.keySet()).noneMatch(title -> title.startsWith("資料" + closedHandout));
        assertThat(files.get("会議次第")).contains("図書館利用者調査について");
        assertThat(files.get("会議録（公開版）")).contains("会議録（公開版）", "委員A", "■".repeat(WITHHELD.length()),
                "非公開の議題が1件あります（個人情報を含むため）");
        assertThat(files.get(bound)).contains("図書館利用者調査について", "委員A");

        JsonNode internal = succeeded(secretariat.get(minutes + "/documents"));
        JsonNode fullVersion = internal.findParents("kind").stream().filter(d -> d.path("kind").asText().equals("会議録"))
                .findFirst().orElseThrow();
        String full = FileText.docx(secretariat.download("/api/documents/" + fullVersion.path("id").asLong() + "/content"));
        assertThat(full).as("the council's own version keeps everything").contains(CLOSED_TITLE, CLOSED_TEXT, WITHHELD, "鈴木");
        assertThat(internal.findValuesAsText("kind")).contains("会議録（PDF）");
        assertThat(http.getForEntity("/public/kodaira/minutes/" + minutesId + "/files/" + fullVersion.path("id").asLong(),
                String.class).getStatusCode()).as("the portal serves the public set and nothing else").isEqualTo(HttpStatus.NOT_FOUND);

        catchUp.index(SearchIndices.PUBLIC);
        catchUp.index(SearchIndices.DOCUMENTS);
        assertThat(page("/public/kodaira/search?q=図書館利用者調査")).contains("/public/kodaira/minutes/" + minutesId);
        for (String secret : List.of(CLOSED_TITLE, CLOSED_TEXT, WITHHELD)) {
            assertThat(page("/public/kodaira/search?q=" + secret)).as("the public search finds %s", secret).contains("：0件");
        }
        assertThat(Api.as(http, "etsuran").get("/api/precedents/documents?q=" + CLOSED_TEXT).getBody().path("total").asLong())
                .as("while staff find it in the council's own version").isPositive();

        List<String> outputs = new java.util.ArrayList<>(List.of(portal, published, atom, ics));
        outputs.addAll(files.values());
        for (String output : outputs) {
            for (String secret : SECRETS) {
                assertThat(output).as("a public output shows %s", secret).doesNotContain(secret);
            }
        }
        assertThat(http.getForEntity("/public/kodaira/minutes/999999", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aNoticeLaterThanSevenDaysBeforeTheMeetingNeedsItsReasonAndShowsIt() {
        Api secretariat = Api.as(http, "jimukyoku");
        LocalDate heldOn = LocalDate.now(clock).plusDays(3);
        long meeting = succeeded(secretariat.post("/api/meetings", Map.of("councilCode", "kodaira", "number", 602,
                "heldOn", heldOn.toString(), "startsAt", "10:00", "place", "市役所5階 502会議室",
                "memberIds", List.of(1, 2, 3)))).path("meeting").path("id").asLong();

        ResponseEntity<JsonNode> late = secretariat.post("/api/meetings/" + meeting + "/notice", null);
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(late.getBody().path("errors").get(0).path("message").asText())
                .contains("開催日（" + Wareki.format(heldOn) + "）まで3日です", "7日前まで", "急施の理由を入力してください");
        assertThat(page("/public/kodaira")).as("nothing was published").doesNotContain("市役所5階 502会議室");

        String reason = "国の通知を受け、速やかに諮問する必要が生じたため";
        succeeded(secretariat.post("/api/meetings/" + meeting + "/notice", Map.of("shortNoticeReason", reason)));
        assertThat(page("/public/kodaira")).contains("市役所5階 502会議室", "急施の理由", reason);
    }

    /** Each file the public minutes page links to, by its title, as text. */
    private Map<String, String> publicFiles(String page, long minutesId) throws Exception {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        Matcher link = Pattern.compile("href=\"(/public/kodaira/minutes/" + minutesId + "/files/\\d+)\">([^<]+)（(?:Word|PDF)、\\d+KB）<")
                .matcher(page);
        while (link.find()) {
            ResponseEntity<byte[]> file = http.getForEntity(link.group(1), byte[].class);
            assertThat(file.getStatusCode()).as(link.group(1)).isEqualTo(HttpStatus.OK);
            files.put(link.group(2), FileText.of(file.getBody()));
        }
        return files;
    }

    private String page(String path) {
        ResponseEntity<String> response = http.getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private long acceptedOn(long meeting, String title) {
        Api department = Api.as(http, "kankyo");
        ObjectNode draft = ((ObjectNode) elsewhere(Api.kodairaQuestionnaireDraft())).put("title", title);
        long id = succeeded(department.post("/api/consultations", draft)).path("id").asLong();
        succeeded(department.post("/api/consultations/" + id + "/submit", null));
        succeeded(Api.as(http, "soumu").post("/api/consultations/" + id + "/formal-review", Api.FORMAL_REVIEW_ACCEPTED));
        succeeded(Api.as(http, "jimukyoku").post("/api/consultations/" + id + "/meeting-assignment", Map.of("meetingId", meeting)));
        return id;
    }

    /**
     * The questionnaire draft retold as another operation, so that these cases do not compete with the questionnaire
     * itself in the similar-case ranking of the other tests sharing this database.
     */
    private static JsonNode elsewhere(JsonNode draft) {
        if (draft.isObject()) {
            ObjectNode object = (ObjectNode) draft;
            object.fieldNames().forEachRemaining(name -> object.set(name, elsewhere(object.get(name))));
            return object;
        }
        if (draft.isArray()) {
            for (int i = 0; i < draft.size(); i++) {
                ((ArrayNode) draft).set(i, elsewhere(draft.get(i)));
            }
            return draft;
        }
        return draft.isTextual() ? TextNode.valueOf(draft.asText().replace("アンケート", "利用状況").replace("住民基本台帳", "図書館システム")
                .replace("市民", "図書館利用者")) : draft;
    }

    private static int handout(Api secretariat, long meeting, long consultation) {
        for (JsonNode item : succeeded(secretariat.get("/api/meetings/" + meeting)).path("agenda")) {
            if (item.path("subjectId").asLong() == consultation) {
                return item.path("handoutNumber").asInt();
            }
        }
        throw new IllegalStateException("not on the agenda");
    }

    private Council kodaira() {
        return councils.councilByCode("kodaira").orElseThrow();
    }
}
