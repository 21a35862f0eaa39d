package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The registry holds two registers from now on: the 条例's 個人情報取扱事務登録簿 (OPERATION) and the Act's
 * 個人情報ファイル簿 (FILE). An entry is unique by its name within its municipality's register, so the old unique key
 * (municipality, name) gives way to one with the register. That key was created unnamed, and each database named it
 * its own way: its name is read from the information schema, which H2 and PostgreSQL both have.
 */
public class V16__file_register extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table registry_entry add column register varchar(20) default 'OPERATION' not null");
            statement.execute("alter table registry_entry drop constraint \"" + uniqueKey(connection) + "\"");
            statement.execute("alter table registry_entry add constraint registry_entry_name_in_register"
                    + " unique (municipality, register, operation_name)");
            // An Act-era entry may follow one or more 条例-era entries: 総務課 links them.
            statement.execute("""
                    create table registry_succession (
                        operation_entry_id bigint not null references registry_entry (id),
                        file_entry_id      bigint not null references registry_entry (id),
                        linked_by          varchar(60) not null,
                        linked_at          timestamp with time zone not null,
                        primary key (operation_entry_id, file_entry_id)
                    )""");
        }
    }

    private static String uniqueKey(Connection connection) throws Exception {
        try (PreparedStatement query = connection.prepareStatement("select constraint_name from information_schema.table_constraints"
                + " where lower(table_name) = 'registry_entry' and constraint_type = 'UNIQUE'"
                + " and lower(table_schema) = lower(current_schema)");
                ResultSet keys = query.executeQuery()) {
            if (!keys.next()) {
                throw new IllegalStateException("registry_entry has no unique key on (municipality, operation_name) to replace");
            }
            String name = keys.getString(1);
            if (keys.next()) {
                throw new IllegalStateException("registry_entry has more than one unique key; expected only (municipality, operation_name)");
            }
            return name;
        }
    }
}
