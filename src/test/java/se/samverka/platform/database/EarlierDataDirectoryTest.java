package se.samverka.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.SamverkaApplication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Data directories from earlier versions of Samverka: one from before the roles, where the superuser owned the
 * database and everything in it, is handed over to the owner role at start, and the application connects as its own
 * role; one from another PostgreSQL major version is refused with what to do.
 */
class EarlierDataDirectoryTest {

    @TempDir
    Path dataDir;

    @Test
    void whatTheSuperuserOwnedIsHandedOverToTheOwner() {
        try (ConfigurableApplicationContext first = start()) {
            JdbcClient superuser = JdbcClient.create(first.getBean(EmbeddedPostgres.class)
                    .getDatabase("postgres", EmbeddedDatabaseConfiguration.DATABASE));
            superuser.sql("""
                    do $$
                    declare
                        item record;
                    begin
                        alter database samverka owner to postgres;
                        for item in select relname from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r' loop
                            execute format('alter table %I owner to postgres', item.relname);
                        end loop;
                        for item in select oid::regprocedure as function from pg_proc where pronamespace = 'public'::regnamespace loop
                            execute format('alter function %s owner to postgres', item.function);
                        end loop;
                        revoke all on all tables in schema public from samverka_app;
                    end $$""").update();
            superuser.sql("insert into sub_region (code, name) values ('EARLIER', 'Från förr')").update();
            assertThat(superuser.sql("select count(*) from pg_class where relnamespace = 'public'::regnamespace "
                    + "and relowner = 'samverka_owner'::regrole").query(Long.class).single()).isZero();
        }

        try (ConfigurableApplicationContext second = start()) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select name from sub_region where code = 'EARLIER'").query(String.class).single())
                    .isEqualTo("Från förr");
            JdbcClient superuser = JdbcClient.create(second.getBean(EmbeddedPostgres.class).getPostgresDatabase());
            assertThat(superuser.sql("""
                            select distinct r.rolname from pg_class c join pg_roles r on r.oid = c.relowner
                            where c.relnamespace = 'public'::regnamespace
                            union select distinct r.rolname from pg_proc p join pg_roles r on r.oid = p.proowner
                            where p.pronamespace = 'public'::regnamespace
                            union select pg_get_userbyid(datdba) from pg_database where datname = 'samverka'""")
                    .query(String.class).list()).containsExactly(DatabaseRoles.OWNER);
        }
    }

    /**
     * A data directory of PostgreSQL 17, the embedded server's version before 3 December 2026, is refused before any
     * server starts: the refusal says in Swedish what to do, Spring Boot shows it instead of a stack trace, and the
     * directory is as it was.
     */
    @Test
    void aDataDirectoryOfAnotherMajorVersionIsRefusedWithWhatToDoAndLeftAsItWas() throws Exception {
        Path postgres = Files.createDirectories(dataDir.resolve("postgres"));
        Files.writeString(postgres.resolve("PG_VERSION"), "17\n");
        Files.createDirectories(postgres.resolve("base/1"));
        Files.writeString(postgres.resolve("postgresql.conf"), "# PostgreSQL 17\n");
        Map<Path, String> before = contents(dataDir);

        assertThatThrownBy(this::start)
                .satisfies(failure -> {
                    FailureAnalysis analysis = new DataDirectoryRefusedAnalyzer().analyze(failure);
                    assertThat(analysis).as("shown as a failure analysis, not a stack trace").isNotNull();
                    assertThat(analysis.getDescription())
                            .contains("skrevs av PostgreSQL 17, men Samverkas inbyggda databas är PostgreSQL 15")
                            .contains("Ingenting i katalogen har ändrats");
                    assertThat(analysis.getAction())
                            .contains("pg_dump 17 eller senare")
                            .contains("SAMVERKA_DATA_DIR=" + dataDir + " bin/backup samverka.sql --format=plain --no-owner")
                            .contains("SAMVERKA_RESTORE_FROM=samverka.sql");
                });
        assertThat(contents(dataDir)).isEqualTo(before);
    }

    @Test
    void theEmbeddedServerIsTheMajorVersionThatDebiansClientServes() {
        try (ConfigurableApplicationContext running = start()) {
            assertThat(running.getBean(JdbcClient.class).sql("show server_version").query(String.class).single())
                    .startsWith(EmbeddedDatabaseConfiguration.MAJOR_VERSION + ".");
            assertThat(EmbeddedDatabaseConfiguration.MAJOR_VERSION).isEqualTo("15");
        }
    }

    private static Map<Path, String> contents(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            var contents = new TreeMap<Path, String>();
            for (Path path : paths.toList()) {
                contents.put(directory.relativize(path), Files.isDirectory(path) ? "/" : Files.readString(path));
            }
            return contents;
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SamverkaApplication.class)
                .properties("samverka.data-dir=" + dataDir, "samverka.demo=false", "server.port=0",
                        "logging.level.io.zonky=WARN")
                .run();
    }
}
