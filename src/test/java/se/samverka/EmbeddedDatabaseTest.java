package se.samverka;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.samverka.agreement.document.SealVerification;
import se.samverka.agreement.document.SystemSeal;
import se.samverka.centre.CentreRegistry;
import se.samverka.rules.CentreKind;
import se.samverka.support.TestClock;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The run command's database: with no URL configured Samverka starts its own PostgreSQL in the data
 * directory, turns the demo on and loads it once, and finds everything again after a restart. The demo is made
 * around the test clock's day.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsItsDataAcrossARestartAndLoadsTheDemoOnce() {
        try (ConfigurableApplicationContext first = start()) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            assertThat(first.getEnvironment().getActiveProfiles()).contains("demo");
            assertThat(jdbc.sql("select count(*) from centre").query(Long.class).single()).isEqualTo(6);
            assertThat(jdbc.sql("""
                            select count(distinct xmin::text) from (
                                select xmin from unit union all select xmin from app_user
                                union all select xmin from centre union all select xmin from agreement
                                union all select xmin from agreement_file union all select xmin from premises_area
                                union all select xmin from fire_safety_check union all select xmin from plan_goal
                                union all select xmin from economy_cost_item union all select xmin from meeting
                                union all select xmin from meeting_minute_item union all select xmin from activity_report
                            ) demo""").query(Long.class).single())
                    .as("transactions that wrote the demo's rows").isEqualTo(1);
            SystemSeal seal = first.getBean(SystemSeal.class);
            for (byte[] sealed : jdbc.sql("select sealed_pdf from agreement_file where sealed_pdf is not null")
                    .query(byte[].class).list()) {
                SealVerification verification = seal.verify(sealed);
                assertThat(verification.intact()).as(verification.indication()).isTrue();
                assertThat(verification.signedBy()).isEqualTo("Samverka demosigill");
            }
            assertThat(jdbc.sql("select count(*) || ' ' || count(*) filter (where protected_identity) from person")
                    .query(String.class).single()).as("the demo's persons, one with protected identity, and the two "
                            + "that received a disclosure in social services' register").isEqualTo("8 1");
            assertThat(jdbc.sql("""
                            select (select count(*) from consent) || ' ' || (select count(*) from consent_withdrawal)
                                || ' ' || (select string_agg(basis, ',' order by basis) from disclosure)
                                || ' ' || (select count(*) from disclosure_refusal)""").query(String.class).single())
                    .as("the demo's consents, withdrawals, disclosures by basis and refusals")
                    .isEqualTo("3 1 CONSENT,SECRECY_BREAKING_RULE 1");
            jdbc.sql("insert into sub_region (code, name) values ('MARKER', 'Sparas över omstart')").update();
        }
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
        assertThat(dataDir.resolve("identity-number.key")).as("the key that seals the demo's identity numbers").exists();

        try (ConfigurableApplicationContext second = start()) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select name from sub_region where code = 'MARKER'").query(String.class).single())
                    .isEqualTo("Sparas över omstart");
            assertThat(jdbc.sql("select count(*) from centre").query(Long.class).single()).isEqualTo(6);
            List<String> names = jdbc.sql("select name from centre order by name").query(String.class).list();
            assertThat(names).contains("Familjecentralen Solrosen", "Familjecentralen Blåklinten",
                    "Familjecentralen Lärkan", "Mötesplats Älven", "Öppna förskolan Sollebrunn");
            CentreRegistry registry = second.getBean(CentreRegistry.class);
            assertThat(jdbc.sql("select id from centre").query(Long.class).list().stream()
                    .map(id -> registry.view(id).orElseThrow().classification().kind())
                    .collect(Collectors.toSet()))
                    .as("the demo has centres of every kind").containsExactlyInAnyOrder(CentreKind.values());
            assertThat(jdbc.sql("""
                            select a.kind || ' ' || a.status from agreement a join centre c on c.id = a.centre_id
                            where c.name = 'Familjecentralen Solrosen' order by a.kind""").query(String.class).list())
                    .as("the demo's agreements").containsExactly("COOPERATION SIGNED", "USAGE_RIGHT SIGNED");
            assertThat(jdbc.sql("select count(*) from agreement_file where sealed_pdf is not null")
                    .query(Long.class).single()).isEqualTo(2);
            assertThat(jdbc.sql("""
                            select count(*) from fire_safety_check f join centre c on c.id = f.centre_id
                            where c.name = 'Familjecentralen Solrosen'""").query(Long.class).single())
                    .as("the demo's fire-safety log").isEqualTo(3);
            assertThat(jdbc.sql("""
                            select (select count(*) from plan p join centre c on c.id = p.centre_id
                                    where c.name = 'Familjecentralen Solrosen')
                                || ' ' || (select count(*) from economy_cost_item i join centre c on c.id = i.centre_id
                                    where c.name = 'Familjecentralen Solrosen')""").query(String.class).single())
                    .as("the demo's plan and cost items").isEqualTo("1 3");
            assertThat(jdbc.sql("""
                            select r.year || ' ' || (r.adopted_at is null)::text from activity_report r
                            join centre c on c.id = r.centre_id where c.name = 'Familjecentralen Solrosen'""")
                    .query(String.class).list())
                    .as("the demo's draft activity report for last year")
                    .containsExactly((TestClock.START.getYear() - 1) + " true");
            assertThat(jdbc.sql("""
                            select count(*) filter (where m.starts_at::date > :today) || ' '
                                || count(*) filter (where m.starts_at::date < :today and m.approved_at is null)
                            from meeting m join centre c on c.id = m.centre_id
                            where c.name = 'Familjecentralen Solrosen'""").param("today", TestClock.START.toLocalDate())
                            .query(String.class).single())
                    .as("the demo's meetings: some ahead, every one held has approved minutes").matches("[1-9]\\d* 0");
            UserDetailsService users = second.getBean(UserDetailsService.class);
            PasswordEncoder passwords = second.getBean(PasswordEncoder.class);
            for (String demoUser : List.of("demo-lan", "demo-kommun", "demo-styrgrupp", "demo-samordnare",
                    "demo-personal", "demo-granskare", "demo-chef-bmm", "demo-chef-bvc", "demo-chef-of", "demo-chef-soc",
                    "demo-chef-bibliotek", "demo-personal-bmm", "demo-personal-bvc", "demo-personal-of",
                    "demo-personal-soc")) {
                assertThat(passwords.matches("familjecentral", users.loadUserByUsername(demoUser).getPassword()))
                        .as(demoUser).isTrue();
            }
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SamverkaApplication.class, TestClock.class)
                .properties("samverka.data-dir=" + dataDir, "server.port=0", "logging.level.io.zonky=WARN")
                .run();
    }
}
