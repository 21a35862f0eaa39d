package jp.shingikai.app.council;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import jp.shingikai.app.problems.NotFoundException;
import jp.shingikai.app.system.Sql;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The councils, their departments and members: reference data every other feature reads. */
@Service
@RequiredArgsConstructor
public class CouncilDirectory {

    private final JdbcClient jdbc;

    @Transactional
    public Council createCouncil(String code, String municipality, String name, String ordinance, String consultingAuthority) {
        return council(Sql.insert(jdbc, "insert into council (code, municipality, name, ordinance, consulting_authority)"
                + " values (?, ?, ?, ?, ?)", code, municipality, name, ordinance, consultingAuthority));
    }

    @Transactional
    /** Whether the council's public version names its members (its own decision, made once). */
    public void setMemberNaming(long councilId, Council.MemberNaming naming) {
        jdbc.sql("update council set member_naming = ? where id = ?").params(naming.name(), councilId).update();
    }

    public Department addDepartment(long councilId, String code, String name) {
        jdbc.sql("insert into department (code, council_id, name) values (?, ?, ?)").params(code, councilId, name).update();
        return department(code);
    }

    @Transactional
    public CouncilMember addMember(long councilId, String username, String name, String title) {
        jdbc.sql("insert into council_member (council_id, username, name, title) values (?, ?, ?, ?)")
                .params(councilId, username, name, title).update();
        return jdbc.sql("select * from council_member where council_id = ? and username = ?").params(councilId, username)
                .query(CouncilDirectory::member).single();
    }

    public Council council(long id) {
        return jdbc.sql("select * from council where id = ?").param(id).query(CouncilDirectory::council).optional()
                .orElseThrow(() -> new NotFoundException("審議会", id));
    }

    public List<Council> councils() {
        return jdbc.sql("select * from council order by id").query(CouncilDirectory::council).list();
    }

    public Optional<Council> councilByCode(String code) {
        return jdbc.sql("select * from council where code = ?").param(code).query(CouncilDirectory::council).optional();
    }

    public Department department(String code) {
        return jdbc.sql("select * from department where code = ?").param(code)
                .query((rs, row) -> new Department(rs.getString("code"), rs.getLong("council_id"), rs.getString("name")))
                .optional().orElseThrow(() -> new NotFoundException("所管課", code));
    }

    public List<CouncilMember> members(long councilId) {
        return jdbc.sql("select * from council_member where council_id = ? order by id").param(councilId)
                .query(CouncilDirectory::member).list();
    }

    public List<CouncilMember> membersByIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from council_member where id in (:ids) order by id").param("ids", ids)
                .query(CouncilDirectory::member).list();
    }

    private static Council council(ResultSet rs, int row) throws SQLException {
        return new Council(rs.getLong("id"), rs.getString("code"), rs.getString("municipality"), rs.getString("name"),
                rs.getString("ordinance"), rs.getString("consulting_authority"), QuorumRule.valueOf(rs.getString("quorum_rule")),
                rs.getObject("quorum_count", Integer.class), Council.MemberNaming.valueOf(rs.getString("member_naming")));
    }

    private static CouncilMember member(ResultSet rs, int row) throws SQLException {
        return new CouncilMember(rs.getLong("id"), rs.getLong("council_id"), rs.getString("username"), rs.getString("name"),
                rs.getString("title"));
    }
}
