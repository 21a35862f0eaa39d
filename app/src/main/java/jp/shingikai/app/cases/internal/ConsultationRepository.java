package jp.shingikai.app.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.cases.Answer;
import jp.shingikai.app.cases.Consultation;
import jp.shingikai.app.cases.ConsultationStatus;
import jp.shingikai.app.cases.Question;
import jp.shingikai.app.system.JsonColumns;
import jp.shingikai.app.system.Sql;
import jp.shingikai.app.workflow.RuleSet;
import jp.shingikai.processes.AnswerOutcome;
import jp.shingikai.processes.ConsultationGround;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Consultations in the database. Every update checks and bumps the version, so a stale writer changes nothing. */
@Repository
@RequiredArgsConstructor
public class ConsultationRepository {

    private static final int GROUNDS_BATCH = 1000;

    private final JdbcClient jdbc;
    private final JsonColumns json;

    public long insert(long councilId, String departmentCode, String title, JsonNode draft, String createdBy) {
        OffsetDateTime now = OffsetDateTime.now();
        return Sql.insert(jdbc, "insert into consultation (council_id, department_code, title, status, draft, created_by,"
                        + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                councilId, departmentCode, title, ConsultationStatus.DRAFT.name(), json.write(draft), createdBy, now, now);
    }

    public Optional<Consultation> find(long id) {
        return withGrounds(jdbc.sql("select * from consultation where id = ?").param(id).query(this::consultation).list()).stream()
                .findFirst();
    }

    public List<Consultation> all() {
        return withGrounds(jdbc.sql("select * from consultation order by id desc").query(this::consultation).list());
    }

    public List<Consultation> onMeeting(long meetingId, ConsultationStatus status) {
        return withGrounds(jdbc.sql("select * from consultation where meeting_id = ? and status = ?").params(meetingId, status.name())
                .query(this::consultation).list());
    }

    public boolean updateDraft(long id, int version, String title, JsonNode draft) {
        return jdbc.sql("update consultation set title = ?, draft = ?, updated_at = ?, version = version + 1"
                        + " where id = ? and version = ?")
                .params(title, json.write(draft), OffsetDateTime.now(), id, version).update() == 1;
    }

    public boolean updateStatus(long id, int version, ConsultationStatus status) {
        return jdbc.sql("update consultation set status = ?, updated_at = ?, version = version + 1 where id = ? and version = ?")
                .params(status.name(), OffsetDateTime.now(), id, version).update() == 1;
    }

    public void setProcess(long id, String processInstanceId) {
        jdbc.sql("update consultation set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
    }

    public void setMeeting(long id, long meetingId) {
        jdbc.sql("update consultation set meeting_id = ? where id = ?").params(meetingId, id).update();
    }

    /** Gives the case the next number of its council's 年度; the council row's lock keeps numbers unique and gapless. */
    public int assignNumber(long id, long councilId, int fiscalYear) {
        jdbc.sql("select id from council where id = ? for update").param(councilId).query(Long.class).single();
        int next = jdbc.sql("select coalesce(max(number), 0) + 1 from consultation where council_id = ? and fiscal_year = ?")
                .params(councilId, fiscalYear).query(Integer.class).single();
        jdbc.sql("update consultation set fiscal_year = ?, number = ? where id = ?").params(fiscalYear, next, id).update();
        return next;
    }

    /** Fixes the rule set at the first submission; later submissions keep it. */
    public void fixRules(long id, Consultation.AppliedRules rules) {
        jdbc.sql("update consultation set reference_date = ?, rule_set = ?, rule_instrument = ?, rule_era = ?"
                        + " where id = ? and reference_date is null")
                .params(rules.referenceDate(), rules.ruleSet().key(), rules.ruleSet().instrument(), rules.ruleSet().era().name(), id)
                .update();
    }

    public void replaceGrounds(long id, List<Consultation.Ground> grounds) {
        jdbc.sql("delete from consultation_ground where consultation_id = ?").param(id).update();
        for (Consultation.Ground ground : grounds) {
            jdbc.sql("insert into consultation_ground (consultation_id, ground, article) values (?, ?, ?)")
                    .params(id, ground.ground().name(), ground.article()).update();
        }
    }

    public void insertMemberReview(long id, long meetingId, String username, String note) {
        jdbc.sql("insert into member_review (consultation_id, meeting_id, username, reviewed_at, note) values (?, ?, ?, ?, ?)")
                .params(id, meetingId, username, OffsetDateTime.now(), note).update();
    }

    public long insertQuestion(long id, String askedBy, String question) {
        return Sql.insert(jdbc, "insert into pre_meeting_question (consultation_id, asked_by, asked_at, question)"
                + " values (?, ?, ?, ?)", id, askedBy, OffsetDateTime.now(), question);
    }

    public List<Question> questions(long id) {
        return jdbc.sql("select * from pre_meeting_question where consultation_id = ? order by id").param(id)
                .query((rs, row) -> new Question(rs.getLong("id"), rs.getString("asked_by"), Sql.timestamp(rs, "asked_at"),
                        rs.getString("question"), rs.getString("answer"), rs.getString("answered_by"),
                        Sql.timestamp(rs, "answered_at")))
                .list();
    }

    public boolean answerQuestion(long id, long questionId, String answeredBy, String answer) {
        return jdbc.sql("update pre_meeting_question set answer = ?, answered_by = ?, answered_at = ?"
                        + " where id = ? and consultation_id = ? and answer is null")
                .params(answer, answeredBy, OffsetDateTime.now(), questionId, id).update() == 1;
    }

    /**
     * Records the council's answer; an answer (not a deferral) takes the next 答申番号 of its council's 年度, kept unique
     * and gapless by the council row's lock.
     */
    public void insertAnswer(long id, long councilId, long meetingId, AnswerOutcome outcome, LocalDate answeredOn,
            Integer fiscalYear, String opinion, String summary, String recordedBy) {
        Integer number = null;
        if (fiscalYear != null) {
            jdbc.sql("select id from council where id = ? for update").param(councilId).query(Long.class).single();
            number = jdbc.sql("select coalesce(max(a.number), 0) + 1 from answer a join consultation c on c.id = a.consultation_id"
                    + " where c.council_id = ? and a.fiscal_year = ?").params(councilId, fiscalYear).query(Integer.class).single();
        }
        jdbc.sql("insert into answer (consultation_id, meeting_id, outcome, answered_on, fiscal_year, number, attached_opinion,"
                        + " summary, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, meetingId, outcome.name(), answeredOn, fiscalYear, number, opinion, summary, recordedBy,
                        OffsetDateTime.now())
                .update();
    }

    public List<Answer> answers(long id) {
        return jdbc.sql("select * from answer where consultation_id = ? order by id").param(id)
                .query((rs, row) -> new Answer(rs.getLong("id"), rs.getLong("consultation_id"), rs.getLong("meeting_id"),
                        AnswerOutcome.valueOf(rs.getString("outcome")), rs.getObject("answered_on", LocalDate.class),
                        rs.getObject("fiscal_year", Integer.class), rs.getObject("number", Integer.class),
                        rs.getString("attached_opinion"), rs.getString("summary")))
                .list();
    }

    public void insertRegistryFiling(long id, String change, String registrationNumber, LocalDate effectiveOn,
            String notes, String filedBy) {
        jdbc.sql("insert into registry_filing (consultation_id, change_kind, registration_number, effective_on, notes,"
                        + " filed_by, filed_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, change, registrationNumber, effectiveOn, notes, filedBy, OffsetDateTime.now()).update();
    }

    /** A case as its row says, its grounds still to read: a query inside the mapper would hold two connections. */
    private Consultation consultation(ResultSet rs, int row) throws SQLException {
        return new Consultation(rs.getLong("id"), rs.getLong("council_id"), rs.getString("department_code"), rs.getString("title"),
                ConsultationStatus.valueOf(rs.getString("status")), json.read(rs.getString("draft")),
                rs.getObject("fiscal_year", Integer.class), rs.getObject("number", Integer.class),
                rs.getObject("meeting_id", Long.class), rs.getString("process_instance_id"), rs.getString("created_by"),
                Sql.timestamp(rs, "created_at"), Sql.timestamp(rs, "updated_at"), rs.getInt("version"), List.of(), rules(rs));
    }

    /** The cases with their grounds, read for all of them at once (a thousand at a time). */
    private List<Consultation> withGrounds(List<Consultation> found) {
        Map<Long, List<Consultation.Ground>> grounds = new HashMap<>();
        List<Long> ids = found.stream().map(Consultation::id).toList();
        for (int from = 0; from < ids.size(); from += GROUNDS_BATCH) {
            jdbc.sql("select consultation_id, ground, article from consultation_ground where consultation_id in (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + GROUNDS_BATCH)))
                    .query(rs -> {
                        grounds.computeIfAbsent(rs.getLong("consultation_id"), id -> new ArrayList<>())
                                .add(new Consultation.Ground(ConsultationGround.valueOf(rs.getString("ground")), rs.getString("article")));
                    });
        }
        return found.stream().map(consultation -> consultation.withGrounds(grounds.getOrDefault(consultation.id(), List.of()).stream()
                .sorted(Comparator.comparing(Consultation.Ground::ground)).toList())).toList();
    }

    private static Consultation.AppliedRules rules(ResultSet rs) throws SQLException {
        LocalDate referenceDate = rs.getObject("reference_date", LocalDate.class);
        return referenceDate == null ? null : new Consultation.AppliedRules(referenceDate, new RuleSet(rs.getString("rule_set"),
                rs.getString("rule_instrument"), RuleSet.Era.valueOf(rs.getString("rule_era"))));
    }

}
