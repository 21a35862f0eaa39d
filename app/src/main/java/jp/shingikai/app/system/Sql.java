package jp.shingikai.app.system;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Small JDBC helpers the features' repositories share. */
public final class Sql {

    private Sql() {
    }

    /** Runs an insert into a table with an identity column {@code id} and returns the new id. */
    public static long insert(JdbcClient jdbc, String sql, Object... params) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Reads a {@code timestamp with time zone} column the same way on H2 and PostgreSQL. */
    public static OffsetDateTime timestamp(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant().atOffset(ZoneOffset.UTC);
    }
}
