package jp.shingikai.app.precedents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jp.shingikai.app.system.Sql;
import jp.shingikai.processes.AnswerOutcome;
import jp.shingikai.processes.ConsultationGround;
import jp.shingikai.search.importers.CouncilPacket;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Published cases, one row a subject per municipality and kind. */
@Repository
@RequiredArgsConstructor
class PublishedCaseRepository {

    private final JdbcClient jdbc;

    Optional<Long> find(String municipality, CouncilPacket.ItemKind kind, String subjectKey) {
        return jdbc.sql("select id from published_case where municipality = ? and kind = ? and subject_key = ?")
                .params(municipality, kind.name(), subjectKey).query(Long.class).optional();
    }

    /** The 諮問 a 答申 answers: by its subject, else by its number. */
    Optional<Long> answered(String municipality, CouncilPacket.Item answer) {
        Optional<Long> bySubject = find(municipality, CouncilPacket.ItemKind.CONSULTATION, answer.subjectKey());
        if (bySubject.isPresent() || answer.caseNumber().isEmpty()) {
            return bySubject;
        }
        return jdbc.sql("select min(id) from published_case where municipality = ? and kind = 'CONSULTATION' and case_number = ?")
                .params(municipality, answer.caseNumber()).query(Long.class).optional();
    }

    long insert(String municipality, CouncilPacket packet, CouncilPacket.Item item, CouncilPacket.ItemKind kind, long importId) {
        return Sql.insert(jdbc, "insert into published_case (municipality, kind, subject, subject_key, case_number, grounds,"
                        + " department, council, meeting, held_on, body, import_id, source_line) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                municipality, kind.name(), item.subject(), item.subjectKey(), item.caseNumber(), String.join(",", item.grounds()),
                item.department(), packet.council(), packet.meeting(), packet.meetingDate(), item.text(), importId,
                item.provenance().line());
    }

    /**
     * The case as a later printing of it says; what that printing leaves blank (a 次第 without the paper, a packet
     * without the 担当課) keeps what an earlier one said, and the longer text is kept.
     */
    void update(PublishedCase earlier, CouncilPacket packet, CouncilPacket.Item item, long importId) {
        jdbc.sql("update published_case set subject = ?, case_number = ?, grounds = ?, department = ?, council = ?, meeting = ?,"
                        + " held_on = ?, body = ?, import_id = ?, source_line = ? where id = ?")
                .params(item.subject(), or(item.caseNumber(), earlier.caseNumber()),
                        item.grounds().isEmpty() ? String.join(",", earlier.grounds().stream().map(Enum::name).toList())
                                : String.join(",", item.grounds()),
                        or(item.department(), earlier.department()), or(packet.council(), earlier.council()),
                        or(packet.meeting(), earlier.meeting()),
                        packet.meetingDate() == null ? earlier.heldOn() : packet.meetingDate(),
                        item.text().length() > earlier.body().length() ? item.text() : earlier.body(),
                        earlier.importId() == null ? importId : earlier.importId(),
                        earlier.sourceLine() == null ? item.provenance().line() : earlier.sourceLine(), earlier.id())
                .update();
    }

    private static String or(String value, String otherwise) {
        return value.isEmpty() ? otherwise : value;
    }

    void answer(long id, AnswerOutcome outcome, LocalDate answeredOn, String text, long importId) {
        jdbc.sql("update published_case set outcome = ?, answered_on = ?, answer_text = ?, answer_import_id = ? where id = ?")
                .params(outcome == null ? null : outcome.name(), answeredOn, text, importId, id).update();
    }

    Optional<PublishedCase> publishedCase(long id) {
        return jdbc.sql("select * from published_case where id = ?").param(id).query((rs, row) -> read(rs)).optional();
    }

    List<Long> ids() {
        return jdbc.sql("select id from published_case order by id").query(Long.class).list();
    }

    private static PublishedCase read(ResultSet rs) throws SQLException {
        String grounds = rs.getString("grounds");
        String outcome = rs.getString("outcome");
        return new PublishedCase(rs.getLong("id"), rs.getString("municipality"), CouncilPacket.ItemKind.valueOf(rs.getString("kind")),
                rs.getString("subject"), rs.getString("case_number"),
                grounds.isEmpty() ? List.of() : Arrays.stream(grounds.split(",")).map(ConsultationGround::valueOf).toList(),
                rs.getString("department"), rs.getString("council"), rs.getString("meeting"), rs.getObject("held_on", LocalDate.class),
                rs.getString("body"), rs.getObject("import_id", Long.class), rs.getObject("source_line", Integer.class),
                outcome == null ? null : AnswerOutcome.valueOf(outcome), rs.getObject("answered_on", LocalDate.class),
                rs.getString("answer_text"), rs.getObject("answer_import_id", Long.class));
    }
}
