package se.samverka.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.support.IntegrationTest;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The migrations that made evidence stable keep the data written before them: an agreement's events move to their
 * append-only log in their order (V4_6_1), and the follow-ups, corrections and minute corrections that named goals
 * and items by their place name the same goals and items by their new stable ids (V4_6_2).
 */
@IntegrationTest
class EvidenceMigrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    EmbeddedPostgres postgres;

    @Test
    void eventsFollowUpsAndCorrectionsWrittenBeforeTheMigrationsAreKeptAndNameTheSameThings() throws Exception {
        String name = "evidence_scratch_" + SEQUENCE.incrementAndGet() + "_" + ProcessHandle.current().pid();
        JdbcClient.create(postgres.getPostgresDatabase())
                .sql("create database " + name + " encoding 'UTF8' template template0").update();
        DataSource superuser = postgres.getDatabase("postgres", name);
        JdbcClient jdbc = JdbcClient.create(superuser);
        flyway(superuser, "4.5").migrate();

        try (Connection connection = superuser.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("set local session_replication_role = replica");
                statement.execute("""
                        insert into agreement (id, series, number, centre_id, kind, status) overriding system value
                        values (1, gen_random_uuid(), 1, 99, 'COOPERATION', 'SIGNED'),
                               (2, gen_random_uuid(), 1, 99, 'COOPERATION', 'DRAFT')""");
                statement.execute("""
                        insert into agreement_event (agreement_id, position, occurred_at, actor, event, detail, source_address)
                        values (1, 2, '2026-03-02T10:00:00Z', 'anna', 'SIGNED', 'BVC', '192.0.2.1'),
                               (1, 0, '2026-03-01T10:00:00Z', 'samordnare', 'CREATED', null, '192.0.2.9'),
                               (2, 0, '2026-03-01T11:00:00Z', 'samordnare', 'CREATED', null, null),
                               (1, 1, '2026-03-01T12:00:00Z', 'styrgrupp', 'SENT', 'Anna (BVC)', '192.0.2.9'),
                               (1, 3, '2026-03-03T10:00:00Z', 'system', 'SEALED', null, null)""");
                statement.execute("""
                        insert into plan (id, centre_id, year, locked_at, locked_by) values
                            (1, 99, 2026, '2026-12-01T10:00:00Z', 'styrgrupp')""");
                statement.execute("""
                        insert into plan_goal (plan_id, position, text, indicator, target, responsible, assessment) values
                            (1, 0, 'Ett', 'Antal', '10', 'CHILD_HEALTH', 'MET'),
                            (1, 1, 'Två', 'Antal', '10', 'CHILD_HEALTH', 'NOT_MET')""");
                statement.execute("""
                        insert into plan_activity (plan_id, position, kind, title, planned_month, responsible) values
                            (1, 0, 'OTHER', 'Fest', 5, 'CHILD_HEALTH')""");
                statement.execute("""
                        insert into plan_follow_up (plan_id, goal, entered_on, value, recorded_by, recorded_at) values
                            (1, 1, '2026-06-01', '4 av 10', 'samordnare', '2026-06-01T10:00:00Z')""");
                statement.execute("""
                        insert into plan_correction (plan_id, goal, text, recorded_by, recorded_at) values
                            (1, 1, 'Det var 5.', 'samordnare', '2026-12-02T10:00:00Z'),
                            (1, null, 'Helheten.', 'samordnare', '2026-12-02T10:00:00Z')""");
                statement.execute("""
                        insert into meeting (id, centre_id, kind, starts_at, ends_at, place, adjuster, approved_at,
                                             approved_by)
                        values (1, 99, 'COOPERATION', '2026-11-03T13:00', '2026-11-03T15:00', 'Rummet', 'Jens',
                                '2026-11-04T09:00:00Z', 'samordnare')""");
                statement.execute("""
                        insert into meeting_minute_item (meeting_id, position, text) values
                            (1, 0, 'Mötet öppnas.'), (1, 1, 'Föräldragrupper.')""");
                statement.execute("""
                        insert into meeting_correction (meeting_id, item_number, text, recorded_by, recorded_at)
                        values (1, 2, 'I april.', 'samordnare', '2026-11-05T10:00:00Z')""");
            }
            connection.commit();
        }

        flyway(superuser, "latest").migrate();

        assertThat(jdbc.sql("select agreement_id, event, actor, source_address from agreement_event order by id")
                .query((rs, row) -> tuple(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list())
                .containsExactly(tuple(1L, "CREATED", "samordnare", "192.0.2.9"), tuple(1L, "SENT", "styrgrupp", "192.0.2.9"),
                        tuple(1L, "SIGNED", "anna", "192.0.2.1"), tuple(1L, "SEALED", "system", null),
                        tuple(2L, "CREATED", "samordnare", null));
        assertThatThrownBy(() -> jdbc.sql("update agreement_event set actor = 'x'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate agreement_event").update()).hasMessageContaining("append-only");

        assertThat(jdbc.sql("""
                        select g.text from plan_follow_up f join plan_goal g on g.plan_id = f.plan_id and g.goal_key = f.goal_key""")
                .query(String.class).list()).containsExactly("Två");
        assertThat(jdbc.sql("""
                        select coalesce(g.text, 'helheten') from plan_correction c
                        left join plan_goal g on g.plan_id = c.plan_id and g.goal_key = c.goal_key order by c.id""")
                .query(String.class).list()).containsExactly("Två", "helheten");
        assertThat(jdbc.sql("select goal_keys, activity_keys from plan where id = 1").query().singleRow())
                .isEqualTo(Map.of("goal_keys", 2, "activity_keys", 1));
        assertThat(jdbc.sql("select activity_key from plan_activity").query(Integer.class).list()).containsExactly(0);

        assertThat(jdbc.sql("""
                        select i.text from meeting_correction c
                        join meeting_minute_item i on i.meeting_id = c.meeting_id and i.item_key = c.item_key""")
                .query(String.class).list()).containsExactly("Föräldragrupper.");
        assertThat(jdbc.sql("select item_keys from meeting where id = 1").query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from plan_follow_up").query(Long.class).single()).isEqualTo(1);
    }

    private static Flyway flyway(DataSource dataSource, String target) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target)
                .placeholders(Map.of("application-role", DatabaseRoles.APPLICATION)).load();
    }
}
