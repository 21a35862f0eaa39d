package jp.shingikai.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import jp.shingikai.app.audit.AuditVerification;
import jp.shingikai.app.audit.AuditVerifyCommand;
import jp.shingikai.app.backup.BackupService;
import jp.shingikai.app.backup.Manifest;
import jp.shingikai.app.backup.Restore;
import jp.shingikai.app.registry.RegistryImportCommand;
import jp.shingikai.app.registry.RegistryImportService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/** 審議会 consultation workflow: drafts, review, meetings, documents, answers, reports and precedent search. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ShingikaiApplication {

    private static final String MUNICIPALITY = "--municipality=";

    /**
     * Starts the application; with {@code --import <folder or files…>} it imports registry documents instead and exits
     * with 0 when every file went in, 1 when any failed; with {@code --verify-audit} it checks the audit trail's hash
     * chain and exits with 0 when it holds, 1 when it is broken; {@code --backup <folder>} writes a backup there, and
     * {@code --restore <folder>} puts one back into an empty data directory (the next start reindexes).
     */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("--verify-audit")) {
            ConfigurableApplicationContext context = commandContext(Arrays.stream(args).skip(1).toArray(String[]::new));
            int exitCode = new AuditVerifyCommand(context.getBean(AuditVerification.class), RegistryImportCommand.console())
                    .run();
            System.exit(SpringApplication.exit(context, () -> exitCode));
        }
        if (args.length > 1 && args[0].equals("--backup")) {
            ConfigurableApplicationContext context = commandContext(Arrays.stream(args).skip(2).toArray(String[]::new));
            Manifest manifest = context.getBean(BackupService.class).create(Path.of(args[1]));
            RegistryImportCommand.console().println("バックアップを作成しました: " + args[1] + "（ファイル " + manifest.files().size() + " 件）");
            System.exit(SpringApplication.exit(context, () -> 0));
        }
        if (args.length > 1 && args[0].equals("--restore")) {
            // Before anything starts on the data: the restored database must be there before the migrations look.
            Path dataDir = Path.of(Arrays.stream(args).filter(arg -> arg.startsWith("--shingikai.data-dir="))
                    .map(arg -> arg.substring("--shingikai.data-dir=".length())).findFirst().orElse("./data"));
            DataSourceProperties database = new DataSourceProperties();
            database.setUrl(System.getenv().getOrDefault("SHINGIKAI_DB_URL", "jdbc:h2:file:" + dataDir + "/db/shingikai"));
            database.setUsername(System.getenv().getOrDefault("SHINGIKAI_DB_USER", "shingikai"));
            database.setPassword(System.getenv().getOrDefault("SHINGIKAI_DB_PASSWORD", ""));
            Manifest manifest = Restore.restore(Path.of(args[1]), dataDir, database);
            RegistryImportCommand.console().println("復元しました: " + args[1] + " → " + dataDir + "（" + manifest.createdAt()
                    + " のバックアップ）。起動時に検索索引を作り直します。");
            return;
        }
        if (args.length > 0 && args[0].equals("--import")) {
            // Options (--shingikai.data-dir=…) configure the application; the other arguments are what to import.
            // --municipality=… names the municipality the files are from.
            String municipality = Arrays.stream(args).filter(arg -> arg.startsWith(MUNICIPALITY))
                    .map(arg -> arg.substring(MUNICIPALITY.length())).findFirst().orElse(null);
            ConfigurableApplicationContext context = commandContext(Arrays.stream(args).skip(1)
                    .filter(arg -> arg.startsWith("--") && !arg.startsWith(MUNICIPALITY)).toArray(String[]::new));
            List<Path> paths = Arrays.stream(args).skip(1).filter(arg -> !arg.startsWith("--")).map(Path::of).toList();
            int exitCode = new RegistryImportCommand(context.getBean(RegistryImportService.class), RegistryImportCommand.console())
                    .run(paths, municipality);
            System.exit(SpringApplication.exit(context, () -> exitCode));
        }
        SpringApplication.run(ShingikaiApplication.class, args);
    }

    /** The application without its web server, for a command that runs once and exits. */
    private static ConfigurableApplicationContext commandContext(String[] options) {
        SpringApplication application = new SpringApplication(ShingikaiApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        return application.run(options);
    }
}
