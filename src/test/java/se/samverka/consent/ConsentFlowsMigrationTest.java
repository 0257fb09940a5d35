package se.samverka.consent;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.support.IntegrationTest;

import javax.sql.DataSource;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V13_9 turns a consent's "from" and "to" lists into the pairs they covered, on a database of its own migrated up to
 * before it with consents in it: nothing a consent covered is lost, and a way from an operation to itself is not
 * made up.
 */
@IntegrationTest
class ConsentFlowsMigrationTest {

    @Autowired
    EmbeddedPostgres postgres;

    @Test
    void aConsentRecordedBeforeCoversTheSameWaysAsPairs() {
        String name = "consent_flows_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
        JdbcClient.create(postgres.getPostgresDatabase()).sql("create database " + name + " template template0")
                .update();
        DataSource database = postgres.getDatabase("postgres", name);
        JdbcClient jdbc = JdbcClient.create(database);
        flyway(database, "13.8").migrate();
        long unit = jdbc.sql("""
                insert into unit (principal_id, name, operation)
                select id, 'BVC Flöde', 'CHILD_HEALTH' from principal order by id limit 1 returning id""")
                .query(Long.class).single();
        long centre = jdbc.sql("""
                insert into centre (name, street, postal_code, city, municipality_code)
                values ('Familjecentralen Flöde', 'Gatan 1', '411 01', 'Göteborg', '1480') returning id""")
                .query(Long.class).single();
        long person = jdbc.sql("""
                insert into person (centre_id, unit_id, kind, name, reserve_number, registered_at)
                values (?, ?, 'PARENT', 'Före Flöden', 'R-1', now()) returning id""")
                .params(centre, unit).query(Long.class).single();
        jdbc.sql("""
                insert into consent (person_id, from_operations, to_operations, information_kinds, given_by, purpose,
                                     given_how, valid_from, valid_to, recorded_at, recorded_by)
                values (?, '{MIDWIFE_CLINIC,CHILD_HEALTH}', '{CHILD_HEALTH,PREVENTIVE_SOCIAL_SERVICES}', '{HEALTH}',
                        '{SELF}', 'SIP', 'WRITTEN', '2026-01-01', '2026-12-31', now(), 'test')""")
                .params(person).update();

        flyway(database, "latest").migrate();

        String[] flows = (String[]) jdbc.sql("select flows from consent where person_id = ?").params(person)
                .query((rs, row) -> rs.getArray(1).getArray()).single();
        assertThat(Arrays.asList(flows)).containsExactly("CHILD_HEALTH>PREVENTIVE_SOCIAL_SERVICES",
                "MIDWIFE_CLINIC>CHILD_HEALTH", "MIDWIFE_CLINIC>PREVENTIVE_SOCIAL_SERVICES");
        assertThat(jdbc.sql("""
                        select column_name from information_schema.columns
                        where table_name = 'consent' and column_name in ('from_operations', 'to_operations')""")
                .query(String.class).list()).isEmpty();
    }

    private static Flyway flyway(DataSource database, String target) {
        return Flyway.configure().dataSource(database).locations("classpath:db/migration").target(target)
                .placeholders(Map.of("application-role", "samverka_app")).load();
    }
}
