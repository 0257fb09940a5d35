package se.samverka.consent;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/**
 * Persons with nothing in their record for three years (the default retention) are purged with their consents,
 * disclosures and refusals; a disclosure goes only with both its ends; the log says how many, never who.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ConsentPurgeTest {

    @Autowired
    ConsentPurge purge;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void purgesWhatHasLainStillForTheRetentionAndKeepsWhatIsInUse(CapturedOutput output) {
        Fixtures.Centre centre = fixtures.centre("1480", false, CHILD_HEALTH, true, PREVENTIVE_SOCIAL_SERVICES, true);
        long bvc = centre.unitIds().get(0);
        long soc = centre.unitIds().get(1);
        long sentLongAgo = person(centre, bvc, "Gallras Avsändare", "2021-01-01");
        long receivedLongAgo = person(centre, soc, "Gallras Mottagare", "2021-06-01");
        consent(sentLongAgo, "2021-01-01", "2021-12-31");
        disclosure(sentLongAgo, receivedLongAgo, "2021-06-01");
        refusal(sentLongAgo, soc, "2021-07-01");
        long activeSender = person(centre, bvc, "Kvar Avsändare", "2021-01-01");
        long activeReceiver = person(centre, soc, "Kvar Mottagare", "2026-10-01");
        disclosure(activeSender, activeReceiver, "2026-11-01");
        long quietButLinked = person(centre, bvc, "Kvar Tyst", "2021-01-01");
        long stillConsenting = person(centre, soc, "Kvar Samtyckande", "2021-01-01");
        disclosure(quietButLinked, stillConsenting, "2021-03-01");
        consent(stillConsenting, "2026-06-01", "2027-05-31");
        long recent = person(centre, bvc, "Kvar Ny", "2026-11-30");

        assertThat(purge.purge()).isEqualTo(2);

        assertThat(jdbc.sql("select name from person where centre_id = :c order by name").param("c", centre.id())
                .query(String.class).list())
                .containsExactly("Kvar Avsändare", "Kvar Mottagare", "Kvar Ny", "Kvar Samtyckande", "Kvar Tyst");
        assertThat(count("select count(*) from consent where person_id = " + sentLongAgo)).isZero();
        assertThat(count("select count(*) from consent_signed_form f join consent c on c.id = f.consent_id "
                + "where c.person_id = " + stillConsenting)).as("the form of a consent in use").isOne();
        assertThat(count("select count(*) from disclosure_refusal where person_id = " + sentLongAgo)).isZero();
        assertThat(count("select count(*) from disclosure where person_id in (" + activeSender + ", "
                + quietButLinked + ")")).isEqualTo(2);
        assertThat(List.of(recent)).allSatisfy(id -> assertThat(count("select count(*) from person where id = " + id))
                .isOne());
        assertThat(output.getOut()).contains("Gallrade 2 personer i personregistren")
                .doesNotContain("Gallras Avsändare").doesNotContain("Gallras Mottagare");
        assertThat(purge.purge()).isZero();
    }

    private long person(Fixtures.Centre centre, long unit, String name, String registered) {
        return jdbc.sql("""
                        insert into person (centre_id, unit_id, kind, name, reserve_number, registered_at)
                        values (:c, :u, 'PARENT', :name, :reserve, cast(:at as date)) returning id
                        """)
                .param("c", centre.id()).param("u", unit).param("name", name)
                .param("reserve", "GALLRING-" + Fixtures.unique("")).param("at", registered)
                .query(Long.class).single();
    }

    /** A written consent with its signed form attached the day it was given. */
    private void consent(long person, String from, String to) {
        long consent = jdbc.sql("""
                        insert into consent (person_id, flows, information_kinds, given_by,
                                             purpose, given_how, valid_from, valid_to, recorded_at, recorded_by)
                        values (:p, '{CHILD_HEALTH>PREVENTIVE_SOCIAL_SERVICES}', '{HEALTH}', '{SELF}', 'SIP',
                                'WRITTEN', cast(:from as date), cast(:to as date), cast(:from as date), 'test')
                        returning id
                        """).param("p", person).param("from", from).param("to", to).query(Long.class).single();
        jdbc.sql("""
                        insert into consent_signed_form (consent_id, content, sha256, filename, recorded_at, recorded_by)
                        values (:c, '%PDF-1.7'::bytea, repeat('a', 64), 'samtycke.pdf', cast(:from as date), 'test')
                        """).param("c", consent).param("from", from).update();
    }

    private void disclosure(long from, long to, String on) {
        jdbc.sql("""
                        insert into disclosure (person_id, receiving_person_id, information_kind, what, disclosed_on,
                                                basis, legal_basis_code, legal_basis_version, reason, recorded_at,
                                                recorded_by)
                        values (:from, :to, 'HEALTH', 'Journalkopia', cast(:on as date), 'SECRECY_BREAKING_RULE',
                                'OSL_10_28', 1, 'Orosanmälan', cast(:on as date), 'test')
                        """).param("from", from).param("to", to).param("on", on).update();
    }

    private void refusal(long person, long toUnit, String on) {
        jdbc.sql("""
                        insert into disclosure_refusal (person_id, to_unit_id, information_kind, asked_on, reasons,
                                                        recorded_at, recorded_by)
                        values (:p, :u, 'HEALTH', cast(:on as date), '{"Inget samtycke."}', cast(:on as date), 'test')
                        """).param("p", person).param("u", toUnit).param("on", on).update();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
