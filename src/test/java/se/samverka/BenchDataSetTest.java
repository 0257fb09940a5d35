package se.samverka;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.support.IntegrationTest;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * bin/bench's data set ({@code bench/data.sql}) still fits the schema: loaded by {@code psql} as the owner, with three
 * centres, into the migrated test database, every table gets its rows; the transaction is left open for the check
 * and rolled back when the session ends, so the other tests never see it.
 */
@IntegrationTest
class BenchDataSetTest {

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void psql() {
        boolean present = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, "psql")));
        if (!present && "root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("psql is missing although the build runs as root: "
                    + "src/test/database/ensure-postgresql-client should have installed postgresql-client");
        }
        assumeTrue(present, "BenchDataSetTest hoppas över: psql saknas (sudo apt-get install postgresql-client)");
    }

    @Test
    void theBenchDataSetLoadsIntoTheMigratedSchema() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of("psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1",
                "-v", "centres=3", "-v", "bench_keep_open=1", "-f", "bench/data.sql", "-c", """
                        select concat_ws('|',
                            (select count(*) from centre where name like 'Familjecentralen Bänk %'),
                            (select count(*) from participation p join centre c on c.id = p.centre_id
                             where c.name like 'Familjecentralen Bänk %'),
                            (select count(*) from meeting m join centre c on c.id = m.centre_id
                             where c.name like 'Familjecentralen Bänk %'),
                            (select count(*) > 0 from meeting_minute_item i join meeting m on m.id = i.meeting_id
                             join centre c on c.id = m.centre_id where c.name like 'Familjecentralen Bänk %'),
                            (select string_agg(distinct a.status, ',') || ':' || count(*) from agreement a
                             join centre c on c.id = a.centre_id where c.name like 'Familjecentralen Bänk %'),
                            (select count(*) from agreement_event e join agreement a on a.id = e.agreement_id
                             join centre c on c.id = a.centre_id where c.name like 'Familjecentralen Bänk %'),
                            (select count(*) from plan_follow_up f join plan p on p.id = f.plan_id
                             join centre c on c.id = p.centre_id where c.name like 'Familjecentralen Bänk %'),
                            (select count(*) >= 36 from economy_cost_item i join centre c on c.id = i.centre_id
                             where c.name like 'Familjecentralen Bänk %'),
                            (select count(*) from user_grant g join app_user u on u.id = g.app_user_id
                             where u.username like 'bench-%'),
                            (select count(*) from calendar_link where username = 'bench-lan'),
                            (select count(*) from public_page p join centre c on c.id = p.centre_id
                             where c.name like 'Familjecentralen Bänk %' and p.published is not null),
                            (select count(*) from directory_activity a join centre c on c.id = a.centre_id
                             where c.name like 'Familjecentralen Bänk %' and a.state = 'PUBLISHED'))
                        """)).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("PG"));
        builder.environment().putAll(Map.of("PGHOST", "localhost",
                "PGPORT", String.valueOf(postgres.getPort()), "PGUSER", "samverka_owner", "PGDATABASE", "samverka"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes()).strip();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        // 3 centres with 4 operations each; 13 cooperation and 5 steering-group meetings each; two signed agreements
        // each with 7 and 5 events; 2 plans of 4 goals with 2 follow-ups each; the 4 bench users' grants and 1 link;
        // a published public page and 20 published activities each.
        assertThat(output).isEqualTo("3|12|54|t|SIGNED:6|36|48|t|4|1|3|60");
        assertThat(jdbc.sql("select count(*) from centre where name like 'Familjecentralen Bänk %'")
                .query(Long.class).single()).isZero();
    }
}
