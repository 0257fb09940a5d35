package se.samverka.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.SamverkaApplication;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The README's backup of the embedded database: the data directory archived while Samverka is stopped, unpacked into
 * a fresh data directory, and a new embedded server started there by Samverka has the data, its roles and
 * privileges, and the logs' triggers.
 */
class BackupRestoreTest {

    @TempDir
    Path workspace;

    @Test
    void aBackupRestoredIntoAFreshDataDirectoryHasTheDataRolesAndTriggers() throws Exception {
        Path original = workspace.resolve("data");
        try (ConfigurableApplicationContext running = start(original)) {
            running.getBean(AuditLog.class).record("backup-test", AuditAction.CREATE, "COST_ITEM", 7, "före säkerhetskopian");
            running.getBean(JdbcClient.class).sql("insert into sub_region (code, name) values ('BACKUP', 'Säkerhetskopierad')")
                    .update();
        }

        Path archive = workspace.resolve("samverka-backup.tar.gz");
        run("tar", "-C", original.toString(), "-czf", archive.toString(), "postgres");
        Path restored = Files.createDirectories(workspace.resolve("restored"));
        run("tar", "-C", restored.toString(), "-xzf", archive.toString());

        try (ConfigurableApplicationContext again = start(restored)) {
            JdbcClient jdbc = again.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select name from sub_region where code = 'BACKUP'").query(String.class).single())
                    .isEqualTo("Säkerhetskopierad");
            assertThat(jdbc.sql("select detail from audit_event where actor = 'backup-test'").query(String.class).list())
                    .containsExactly("före säkerhetskopian");
            assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo(DatabaseRoles.APPLICATION);
            assertThatThrownBy(() -> jdbc.sql("delete from audit_event where actor = 'backup-test'").update())
                    .rootCause().hasMessageContaining("permission denied");
            assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update())
                    .rootCause().hasMessageContaining("permission denied");

            EmbeddedPostgres postgres = again.getBean(EmbeddedPostgres.class);
            assertThat(JdbcClient.create(postgres.getPostgresDatabase()).sql("show data_directory").query(String.class)
                    .single()).startsWith(restored.toString());
            JdbcClient owner = JdbcClient.create(postgres.getDatabase(DatabaseRoles.OWNER, EmbeddedDatabaseConfiguration.DATABASE));
            assertThatThrownBy(() -> owner.sql("update audit_event set detail = 'ändrad' where actor = 'backup-test'").update())
                    .hasMessageContaining("append-only");
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(SamverkaApplication.class)
                .properties("samverka.data-dir=" + dataDir, "samverka.demo=false", "server.port=0",
                        "logging.level.io.zonky=WARN")
                .run();
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
    }
}
