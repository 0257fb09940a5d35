package se.samverka.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeAll;
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
import se.samverka.centre.Address;
import se.samverka.centre.CentreDescription;
import se.samverka.centre.CentreRegistry;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The README's backup of the embedded database: {@code bin/backup} dumps the running server with {@code pg_dump},
 * and Samverka started on a fresh data directory with {@code samverka.restore-from} reads the dump in before it
 * opens the database; the data (a centre, its fire-safety log, an audit entry), the audit log's chain, the roles'
 * privileges and the logs' triggers are all there.
 */
class BackupRestoreTest {

    @TempDir
    Path workspace;

    /**
     * The build installs Debian's client when it runs as root ({@code src/test/database/ensure-postgresql-client}),
     * as in CI; only a developer without root and without the client has the test skipped.
     */
    @BeforeAll
    static void postgresqlClient() {
        boolean present = Stream.of("pg_dump", "pg_restore", "psql").allMatch(BackupRestoreTest::onPath);
        if (!present && "root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("pg_dump, pg_restore or psql is missing although the build runs as root: "
                    + "src/test/database/ensure-postgresql-client should have installed postgresql-client");
        }
        assumeTrue(present, "BackupRestoreTest hoppas över: pg_dump, pg_restore och psql saknas "
                + "(sudo apt-get install postgresql-client)");
    }

    @Test
    void aDumpRestoredIntoAFreshDataDirectoryHasTheDataChainRolesAndTriggers() throws Exception {
        Path original = workspace.resolve("data");
        Path dump = workspace.resolve("samverka.dump");
        Original data;
        try (ConfigurableApplicationContext running = start(original)) {
            data = Original.write(running);
            assertThat(run(original, Map.of(), "bin/backup", dump.toString())).contains("Säkerhetskopian är sparad");

            // as with a configured server: where and as whom from Samverka's own settings
            int port = running.getBean(EmbeddedPostgres.class).getPort();
            Path configured = workspace.resolve("configured.dump");
            run(workspace.resolve("elsewhere"), Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + port
                    + "/samverka?ApplicationName=samverka", "SPRING_FLYWAY_USER", DatabaseRoles.OWNER), "bin/backup",
                    configured.toString());
            assertThat(run(workspace, Map.of(), "pg_restore", "--list", configured.toString()))
                    .contains("TABLE DATA public audit_event", "TABLE DATA public fire_safety_check",
                            "TRIGGER public fire_safety_check fire_safety_check_append_only");
        }
        assertThat(Files.readAllBytes(dump)).as("pg_dump's custom format").startsWith("PGDMP".getBytes());

        Path restored = workspace.resolve("restored");
        try (ConfigurableApplicationContext again = start(restored, "samverka.restore-from=" + dump)) {
            data.isIn(again, restored);
        }

        assertThatThrownBy(() -> start(restored, "samverka.restore-from=" + dump))
                .as("a restore never goes into a data directory that has Samverka's database")
                .rootCause().isInstanceOf(DataDirectoryRefused.class)
                .hasMessageContaining("Återläsning görs bara till en ny datakatalog");
        try (ConfigurableApplicationContext withoutRestore = start(restored)) {
            assertThat(withoutRestore.getBean(CentreRegistry.class).view(data.centre())).isPresent();
        }
    }

    /**
     * How data leaves a data directory of another major version (PostgreSQL 17 before 3 December 2026): a dump in
     * SQL, since PostgreSQL 15's pg_restore cannot read a newer pg_dump's archive. PostgreSQL 17's pg_dump writes
     * one setting that 15 does not know, {@code SET transaction_timeout = 0;}; it is added here as that version
     * writes it, after the other timeouts.
     */
    @Test
    void aDumpInSqlAsFromAnotherMajorVersionIsRestoredIntoAFreshDataDirectory() throws Exception {
        Path original = workspace.resolve("data");
        Path dump = workspace.resolve("samverka.sql");
        Original data;
        try (ConfigurableApplicationContext running = start(original)) {
            data = Original.write(running);
            run(original, Map.of(), "bin/backup", dump.toString(), "--format=plain", "--no-owner");
        }
        String sql = Files.readString(dump);
        assertThat(sql).contains("SET idle_in_transaction_session_timeout = 0;\n");
        Files.writeString(dump, sql.replace("SET idle_in_transaction_session_timeout = 0;\n",
                "SET idle_in_transaction_session_timeout = 0;\nSET transaction_timeout = 0;\n"));

        Path restored = workspace.resolve("restored");
        try (ConfigurableApplicationContext again = start(restored, "samverka.restore-from=" + dump)) {
            data.isIn(again, restored);
        }
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
        Path brokenArchive = Files.write(workspace.resolve("trasig-arkiv.dump"),
                "PGDMP inte ett arkiv".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> start(fresh, "samverka.restore-from=" + brokenArchive))
                .rootCause().isInstanceOf(DataDirectoryRefused.class)
                .hasMessageContaining("kunde inte läsas in; inget lästes in").hasMessageContaining("pg_restore");
        Path missing = workspace.resolve("finns-inte.dump");
        assertThatThrownBy(() -> start(fresh, "samverka.restore-from=" + missing))
                .rootCause().isInstanceOf(DataDirectoryRefused.class).hasMessageContaining("finns inte");
    }

    /** What is written before the backup, and found after the restore. */
    private record Original(long centre, AuditChainVerification chain) {

        static Original write(ConfigurableApplicationContext running) {
            long centre = running.getBean(CentreRegistry.class).register(new CentreDescription("Familjecentralen Backup",
                    new Address("Testgatan 1", "411 01", "Göteborg"), "1480", false, List.of(), List.of(), null));
            JdbcClient jdbc = running.getBean(JdbcClient.class);
            jdbc.sql("insert into sub_region (code, name) values ('BACKUP', 'Säkerhetskopierad')").update();
            jdbc.sql("""
                    insert into fire_safety_check (centre_id, kind, performed_on, outcome, deviations, recorded_by,
                                                   recorded_at)
                    values (?, 'ROUND', date '2026-12-01', 'Brandrond utan avvikelser', false, 'backup-test',
                            timestamptz '2026-12-01 10:00:00+01')""")
                    .params(centre).update();
            running.getBean(AuditLog.class).record("backup-test", AuditAction.CREATE, "CENTRE", centre,
                    "före säkerhetskopian");
            AuditChainVerification chain = running.getBean(AuditChain.class).verify();
            assertThat(chain.intact()).isTrue();
            return new Original(centre, chain);
        }

        void isIn(ConfigurableApplicationContext again, Path restored) {
            // first, before reading the centre writes an audit entry of its own
            AuditChainVerification after = again.getBean(AuditChain.class).verify();
            assertThat(after.intact()).isTrue();
            assertThat(after.lastPosition()).as("the chain as it was, not linked again on restore")
                    .isEqualTo(chain.lastPosition());
            assertThat(after.lastHash()).isEqualTo(chain.lastHash());

            JdbcClient jdbc = again.getBean(JdbcClient.class);
            assertThat(again.getBean(CentreRegistry.class).view(centre).orElseThrow().name())
                    .isEqualTo("Familjecentralen Backup");
            assertThat(jdbc.sql("select outcome from fire_safety_check where centre_id = ?").params(centre)
                    .query(String.class).list()).containsExactly("Brandrond utan avvikelser");
            assertThat(jdbc.sql("select name from sub_region where code = 'BACKUP'").query(String.class).single())
                    .isEqualTo("Säkerhetskopierad");
            assertThat(jdbc.sql("select detail from audit_event where actor = 'backup-test' and object_id = ?")
                    .params(String.valueOf(centre)).query(String.class).list()).containsExactly("före säkerhetskopian");

            assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo(DatabaseRoles.APPLICATION);
            assertThatThrownBy(() -> jdbc.sql("update fire_safety_check set outcome = 'ändrad' where centre_id = ?")
                    .params(centre).update())
                    .as("the application role's privileges: SELECT and INSERT only on a log")
                    .rootCause().hasMessageContaining("permission denied");
            assertThatThrownBy(() -> jdbc.sql("update audit_event set detail = 'ändrad' where actor = 'backup-test'")
                    .update())
                    .rootCause().hasMessageContaining("permission denied");
            assertThatThrownBy(() -> jdbc.sql("delete from audit_event where actor = 'backup-test'").update())
                    .rootCause().hasMessageContaining("permission denied");
            assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update())
                    .rootCause().hasMessageContaining("permission denied");

            EmbeddedPostgres postgres = again.getBean(EmbeddedPostgres.class);
            assertThat(JdbcClient.create(postgres.getPostgresDatabase()).sql("show data_directory").query(String.class)
                    .single()).startsWith(restored.toString());
            JdbcClient owner = JdbcClient.create(postgres.getDatabase(DatabaseRoles.OWNER,
                    EmbeddedDatabaseConfiguration.DATABASE));
            assertThatThrownBy(() -> owner.sql("update audit_event set detail = 'ändrad' where actor = 'backup-test'")
                    .update())
                    .as("the logs' triggers hold even for the owner")
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> owner.sql("delete from fire_safety_check where centre_id = ?").params(centre)
                    .update())
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> owner.sql("truncate fire_safety_check").update())
                    .hasMessageContaining("append-only");
            assertThat(owner.sql("select count(*) from sub_region where code = 'BACKUP'").query(Long.class).single())
                    .as("Flyway ran on the restored schema without loading anything twice").isOne();
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir, String... more) {
        List<String> properties = new ArrayList<>(List.of("samverka.data-dir=" + dataDir, "samverka.demo=false",
                "server.port=0", "logging.level.io.zonky=WARN"));
        properties.addAll(List.of(more));
        return new SpringApplicationBuilder(SamverkaApplication.class).properties(properties.toArray(String[]::new)).run();
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, program)));
    }

    private static String run(Path dataDir, Map<String, String> environment, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(command)).redirectErrorStream(true);
        builder.environment().put("SAMVERKA_DATA_DIR", dataDir.toString());
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("PG"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
        return output;
    }
}
