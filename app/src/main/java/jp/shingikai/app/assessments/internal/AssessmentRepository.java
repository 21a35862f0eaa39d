package jp.shingikai.app.assessments.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.shingikai.app.assessments.AssessmentReview;
import jp.shingikai.app.assessments.AssessmentReviewStatus;
import jp.shingikai.app.system.JsonColumns;
import jp.shingikai.app.system.Sql;
import jp.shingikai.search.importers.ImpactAssessment;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 評価書 with their files, 提供先・移転先 and changes, and the 第三者点検 of them. */
@Repository
@RequiredArgsConstructor
public class AssessmentRepository {

    private final JdbcClient jdbc;
    private final JsonColumns json;

    /** Keeps an 評価書 as read; {@code importId} when it came by the registry import, else the file's name and hash. */
    public long insert(ImpactAssessment pia, Long importId, String sourceName, String sourceSha256) {
        long id = Sql.insert(jdbc, "insert into impact_assessment (municipality, level, number, title, agency, published_on,"
                        + " published_on_text, basics, procedures, risk_measures, import_id, source_name, source_sha256, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                pia.municipality(), pia.level(), pia.number(), pia.title().isEmpty() ? sourceName : pia.title(), pia.agency(),
                pia.publishedOn(), pia.publishedOnText(), json.write(pia.basics()), json.write(pia.procedures()),
                pia.riskMeasures(), importId, sourceName, sourceSha256, OffsetDateTime.now());
        for (ImpactAssessment.AssessedFile file : pia.files()) {
            jdbc.sql("insert into assessment_file (assessment_id, name, fields) values (?, ?, ?)")
                    .params(id, file.name(), json.write(file.fields())).update();
        }
        for (ImpactAssessment.Transfer transfer : pia.transfers()) {
            jdbc.sql("insert into assessment_transfer (assessment_id, kind, number, file_name, counterpart, fields, source_line)"
                            + " values (?, ?, ?, ?, ?, ?, ?)")
                    .params(id, transfer.kind(), transfer.number(), transfer.file(), transfer.field("counterpart"),
                            json.write(transfer.fields()), transfer.provenance().line())
                    .update();
        }
        for (ImpactAssessment.Change change : pia.changes()) {
            jdbc.sql("insert into assessment_change (assessment_id, changed_on, changed_on_text, item, before_text, after_text,"
                            + " timing) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(id, change.date(), change.dateText(), change.item(), change.before(), change.after(), change.timing())
                    .update();
        }
        return id;
    }

    /** The file an 評価書 was read from, in the file store; empty for one that came by the registry import. */
    public Optional<String> sourceSha256(long assessmentId) {
        return jdbc.sql("select source_sha256 from impact_assessment where id = ? and source_sha256 is not null")
                .param(assessmentId).query(String.class).optional();
    }

    public List<Map<String, Object>> assessments() {
        return jdbc.sql("select id, municipality, level, number, title, agency, published_on from impact_assessment order by id desc")
                .query((rs, row) -> summary(rs)).list();
    }

    /** One 評価書 with everything read from it; empty if there is none. */
    public Optional<Map<String, Object>> assessment(long id) {
        return jdbc.sql("select * from impact_assessment where id = ?").param(id).query((rs, row) -> {
            Map<String, Object> found = summary(rs);
            found.put("publishedOnText", rs.getString("published_on_text"));
            found.put("basics", json.read(rs.getString("basics")));
            found.put("procedures", json.read(rs.getString("procedures")));
            found.put("riskMeasures", rs.getString("risk_measures"));
            found.put("importId", rs.getObject("import_id", Long.class));
            found.put("sourceName", rs.getString("source_name"));
            return found;
        }).optional().map(found -> {
            found.put("files", jdbc.sql("select name, fields from assessment_file where assessment_id = ? order by id").param(id)
                    .query((rs, row) -> Map.of("name", rs.getString("name"), "fields", json.read(rs.getString("fields")))).list());
            found.put("transfers", transfers("t.assessment_id = ?", id));
            found.put("changes", jdbc.sql("select * from assessment_change where assessment_id = ? order by changed_on, id").param(id)
                    .query((rs, row) -> Map.of("date", rs.getObject("changed_on", LocalDate.class).toString(),
                            "dateText", String.valueOf(rs.getString("changed_on_text")), "item", String.valueOf(rs.getString("item")),
                            "before", String.valueOf(rs.getString("before_text")), "after", String.valueOf(rs.getString("after_text")),
                            "timing", String.valueOf(rs.getString("timing"))))
                    .list());
            return found;
        });
    }

    /** 提供先・移転先 whose name contains the words, across every municipality's 評価書: who provides what to whom. */
    public List<Map<String, Object>> transfersTo(String counterpart) {
        return transfers("t.counterpart like ?", "%" + counterpart + "%");
    }

    /** The 提供先 of an 評価書. */
    public List<String> provisions(long assessmentId) {
        return jdbc.sql("select counterpart from assessment_transfer where assessment_id = ? and kind = 'PROVISION' order by id")
                .param(assessmentId).query(String.class).list();
    }

    /** The 提供先 every 評価書 of the municipality lists for this file. */
    public List<String> provisionsOfFile(String municipality, String fileName) {
        return jdbc.sql("select t.counterpart from assessment_transfer t join impact_assessment a on a.id = t.assessment_id"
                        + " join assessment_file f on f.assessment_id = a.id"
                        + " where a.municipality = ? and f.name = ? and t.kind = 'PROVISION' order by t.id")
                .params(municipality, fileName).query(String.class).list();
    }

    private List<Map<String, Object>> transfers(String condition, Object value) {
        return jdbc.sql("select t.*, a.municipality, a.title from assessment_transfer t join impact_assessment a on a.id = t.assessment_id"
                        + " where " + condition + " order by a.municipality, t.assessment_id, t.kind, t.id")
                .param(value).query((rs, row) -> {
                    Map<String, Object> transfer = new LinkedHashMap<>();
                    transfer.put("assessmentId", rs.getLong("assessment_id"));
                    transfer.put("municipality", rs.getString("municipality"));
                    transfer.put("assessment", rs.getString("title"));
                    transfer.put("kind", rs.getString("kind"));
                    transfer.put("number", rs.getString("number"));
                    transfer.put("file", String.valueOf(rs.getString("file_name")));
                    transfer.put("counterpart", rs.getString("counterpart"));
                    transfer.put("fields", json.read(rs.getString("fields")));
                    transfer.put("line", rs.getInt("source_line"));
                    return transfer;
                }).list();
    }

    private static Map<String, Object> summary(ResultSet rs) throws SQLException {
        Map<String, Object> found = new LinkedHashMap<>();
        found.put("id", rs.getLong("id"));
        found.put("municipality", rs.getString("municipality"));
        found.put("level", String.valueOf(rs.getString("level")));
        found.put("number", String.valueOf(rs.getString("number")));
        found.put("title", rs.getString("title"));
        found.put("agency", String.valueOf(rs.getString("agency")));
        LocalDate published = rs.getObject("published_on", LocalDate.class);
        found.put("publishedOn", published == null ? null : published.toString());
        return found;
    }

    public long insertReview(long councilId, String departmentCode, long assessmentId, String title, JsonNode record,
            String createdBy) {
        OffsetDateTime now = OffsetDateTime.now();
        return Sql.insert(jdbc, "insert into assessment_review (council_id, department_code, assessment_id, title, status, record,"
                        + " created_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                councilId, departmentCode, assessmentId, title, AssessmentReviewStatus.DRAFTING.name(), json.write(record),
                createdBy, now, now);
    }

    public Optional<AssessmentReview> review(long id) {
        return jdbc.sql("select * from assessment_review where id = ?").param(id).query(this::reviewRow).optional();
    }

    public List<AssessmentReview> reviews() {
        return jdbc.sql("select * from assessment_review order by id desc").query(this::reviewRow).list();
    }

    public boolean updateStatus(long id, int version, AssessmentReviewStatus status) {
        return jdbc.sql("update assessment_review set status = ?, updated_at = ?, version = version + 1 where id = ? and version = ?")
                .params(status.name(), OffsetDateTime.now(), id, version).update() == 1;
    }

    /** Writes what a step recorded under its name in the review's record. */
    public void record(long id, String step, JsonNode value) {
        AssessmentReview review = review(id).orElseThrow();
        ObjectNode record = (ObjectNode) review.record().deepCopy();
        record.set(step, value);
        jdbc.sql("update assessment_review set record = ?, title = ? where id = ?")
                .params(json.write(record), record.path("draft").path("title").asText(review.title()), id).update();
    }

    public void setProcess(long id, String processInstanceId) {
        jdbc.sql("update assessment_review set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
    }

    public void setMeeting(long id, long meetingId) {
        jdbc.sql("update assessment_review set meeting_id = ? where id = ?").params(meetingId, id).update();
    }

    public void replaceFiles(long id, List<String> fileNames) {
        jdbc.sql("delete from assessment_review_file where review_id = ?").param(id).update();
        fileNames.stream().distinct().forEach(name -> jdbc.sql("insert into assessment_review_file (review_id, file_name) values (?, ?)")
                .params(id, name).update());
    }

    /** The reviews of this council's municipality whose 評価書 covers the file. */
    public List<AssessmentReview> coveringFile(String municipality, String fileName) {
        return jdbc.sql("select r.* from assessment_review r join assessment_review_file f on f.review_id = r.id"
                        + " join council c on c.id = r.council_id where c.municipality = ? and f.file_name = ?")
                .params(municipality, fileName).query(this::reviewRow).list();
    }

    private AssessmentReview reviewRow(ResultSet rs, int row) throws SQLException {
        return new AssessmentReview(rs.getLong("id"), rs.getLong("council_id"), rs.getString("department_code"),
                rs.getLong("assessment_id"), rs.getString("title"), AssessmentReviewStatus.valueOf(rs.getString("status")),
                json.read(rs.getString("record")), rs.getObject("meeting_id", Long.class), rs.getString("process_instance_id"),
                rs.getString("created_by"), Sql.timestamp(rs, "created_at"), Sql.timestamp(rs, "updated_at"), rs.getInt("version"));
    }
}
