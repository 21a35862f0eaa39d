package jp.shingikai.app.backup;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;

/** pg_dump and pg_restore (Debian's postgresql-client) against the application's database. */
final class PostgresTools {

    private static final long TIMEOUT_HOURS = 6;

    private PostgresTools() {
    }

    /**
     * A dump in pg_dump's custom format of the snapshot a transaction exported ({@code pg_export_snapshot()}), so that
     * the transaction sees what the dump holds.
     */
    static void dump(DataSourceProperties database, Path target, String snapshot) throws IOException {
        List<String> command = new ArrayList<>(List.of(tool("pg_dump"), "--format=custom", "--no-owner", "--snapshot=" + snapshot,
                "--file=" + target));
        run(command, database);
    }

    /** Loads a dump into the (empty) database the properties name. */
    static void restore(DataSourceProperties database, Path dump) throws IOException {
        List<String> command = new ArrayList<>(List.of(tool("pg_restore"), "--no-owner", "--exit-on-error", dump.toString()));
        run(command, database);
    }

    private static void run(List<String> command, DataSourceProperties database) throws IOException {
        // jdbc:postgresql://host:port/name → the tools' own connection options; the password goes by environment.
        URI uri = URI.create(database.determineUrl().substring("jdbc:".length()));
        command.addAll(List.of("--host=" + uri.getHost(), "--port=" + (uri.getPort() < 0 ? 5432 : uri.getPort()),
                "--username=" + database.determineUsername(), "--dbname=" + uri.getPath().substring(1)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        String password = database.determinePassword();
        if (password != null && !password.isEmpty()) {
            builder.environment().put("PGPASSWORD", password);
        }
        Path log = Files.createTempFile("shingikai-pg-", ".log");
        Process process = builder.redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(TIMEOUT_HOURS, TimeUnit.HOURS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException(command.get(0) + " が失敗しました: " + Files.readString(log).strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(command.get(0) + " が中断されました", e);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static String tool(String name) {
        Path debian = Path.of("/usr/bin", name);
        return Files.isExecutable(debian) ? debian.toString() : name;
    }
}
