package se.samverka.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.SamverkaApplication;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditChain;
import se.samverka.audit.AuditChainVerification;
import se.samverka.audit.AuditLog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The README's backup of the embedded database: {@code bin/backup} dumps the running server with {@code pg_dump},
 * and Samverka started on a fresh data directory with {@code samverka.restore-from} reads the dump in before it
 * opens the database; the data, the audit log's chain, the roles' privileges and the logs' triggers are all there.
 */
class BackupRestoreTest {

    @TempDir
    Path workspace;

    @Test
    void aDumpRestoredIntoAFreshDataDirectoryHasTheDataChainRolesAndTriggers() throws Exception {
        Path original = workspace.resolve("data");
        Path dump = workspace.resolve("samverka.dump");
        AuditChainVerification before;
        try (ConfigurableApplicationContext running = start(original)) {
            running.getBean(AuditLog.class).record("backup-test", AuditAction.CREATE, "COST_ITEM", 7, "före säkerhetskopian");
            running.getBean(JdbcClient.class).sql("insert into sub_region (code, name) values ('BACKUP', 'Säkerhetskopierad')")
                    .update();
            before = running.getBean(AuditChain.class).verify();
            assertThat(before.intact()).isTrue();
            assertThat(run(original, "bin/backup", dump.toString())).contains("Säkerhetskopian är sparad");
        }

        Path restored = workspace.resolve("restored");
        try (ConfigurableApplicationContext again = start(restored, "samverka.restore-from=" + dump)) {
            JdbcClient jdbc = again.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select name from sub_region where code = 'BACKUP'").query(String.class).single())
                    .isEqualTo("Säkerhetskopierad");
            assertThat(jdbc.sql("select detail from audit_event where actor = 'backup-test'").query(String.class).list())
                    .containsExactly("före säkerhetskopian");
            AuditChainVerification after = again.getBean(AuditChain.class).verify();
            assertThat(after.intact()).isTrue();
            assertThat(after.lastPosition()).as("the chain as it was, not linked again on restore")
                    .isEqualTo(before.lastPosition());
            assertThat(after.lastHash()).isEqualTo(before.lastHash());

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
            assertThat(owner.sql("select count(*) from sub_region where code = 'BACKUP'").query(Long.class).single())
                    .as("Flyway ran on the restored schema without loading anything twice").isOne();
        }

        assertThatThrownBy(() -> start(restored, "samverka.restore-from=" + dump))
                .as("a restore never goes into a data directory that has Samverka's database")
                .rootCause().hasMessageContaining("Återläsning görs bara till en ny datakatalog");
    }

    @Test
    void aDumpThatCannotBeReadLeavesNothingHalfRestored() throws Exception {
        Path broken = Files.writeString(workspace.resolve("trasig.dump"), "inte en säkerhetskopia");
        Path fresh = workspace.resolve("fresh");
        assertThatThrownBy(() -> start(fresh, "samverka.restore-from=" + broken))
                .rootCause().hasMessageContaining("kunde inte läsas in; inget lästes in");
        assertThatThrownBy(() -> start(fresh, "samverka.restore-from=" + broken))
                .as("the data directory is as new again: the restore can be tried once more")
                .rootCause().hasMessageContaining("kunde inte läsas in; inget lästes in");
    }

    @Test
    void aDataDirectoryOfAnotherMajorVersionIsRefusedWithWhatToDo() throws Exception {
        Path dataDir = workspace.resolve("older");
        Files.createDirectories(dataDir.resolve("postgres"));
        Files.writeString(dataDir.resolve("postgres/PG_VERSION"), "17\n");
        assertThatThrownBy(() -> start(dataDir))
                .rootCause().hasMessageContaining("skrevs av PostgreSQL 17, men Samverka kör PostgreSQL 15")
                .hasMessageContaining("pg_dump");
    }

    @Test
    void theEmbeddedServerIsTheMajorVersionThatDebiansClientServes() throws Exception {
        try (ConfigurableApplicationContext running = start(workspace.resolve("version"))) {
            assertThat(running.getBean(JdbcClient.class).sql("show server_version").query(String.class).single())
                    .startsWith(EmbeddedDatabaseConfiguration.MAJOR_VERSION + ".");
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir, String... more) {
        List<String> properties = new ArrayList<>(List.of("samverka.data-dir=" + dataDir, "samverka.demo=false",
                "server.port=0", "logging.level.io.zonky=WARN"));
        properties.addAll(List.of(more));
        return new SpringApplicationBuilder(SamverkaApplication.class).properties(properties.toArray(String[]::new)).run();
    }

    private static String run(Path dataDir, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(command)).redirectErrorStream(true);
        builder.environment().put("SAMVERKA_DATA_DIR", dataDir.toString());
        builder.environment().remove("SPRING_DATASOURCE_URL");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
        return output;
    }
}
