package se.samverka.audit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverka.support.IntegrationTest;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit log's hash chain: written by the database as entries commit, verified in Java. Tampering happens in a
 * scratch database of its own, as the superuser with the triggers off, so the shared log stays whole.
 */
@IntegrationTest
class AuditChainTest {

    /** An object type of these tests' own, so their entries do not show in other tests' reviews of real objects. */
    private static final String OBJECT = "chain_test";

    @Autowired
    AuditLog audit;
    @Autowired
    AuditChain chain;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    EmbeddedPostgres postgres;

    @Test
    void entriesWrittenByTheApplicationAreLinkedAsTheirTransactionsCommitAndVerify() {
        long before = chain.verify().lastPosition();
        audit.record("chain-test", AuditAction.READ, OBJECT, 1, "en post i en egen transaktion");
        transaction.executeWithoutResult(status -> {
            audit.record("chain-test", AuditAction.UPDATE, OBJECT, 1, "två poster i");
            audit.record("chain-test", AuditAction.UPDATE, OBJECT, 1, "samma transaktion",
                    AuditPerson.of("user", 7));
        });
        transaction.executeWithoutResult(status -> {
            audit.record("chain-test", AuditAction.DELETE, OBJECT, 1, "återställd");
            status.setRollbackOnly();
        });

        AuditChainVerification verification = chain.verify();

        assertThat(verification.intact()).as(String.valueOf(verification.firstBreak())).isTrue();
        assertThat(verification.lastPosition()).isEqualTo(before + 3);
        assertThat(verification.checked()).isEqualTo(verification.lastPosition());
        assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single())
                .isEqualTo(verification.lastPosition());
        assertThat(jdbc.sql("""
                        select e.detail from audit_chain c join audit_event e on e.id = c.event_id
                        where e.actor = 'chain-test' order by c.position
                        """).query(String.class).list())
                .containsExactly("en post i en egen transaktion", "två poster i", "samma transaktion");
    }

    @Test
    void concurrentTransactionsLinkOneAfterAnotherNeverOntoTheSameEntry() throws Exception {
        long before = chain.verify().lastPosition();
        int writers = 6;
        int transactions = 25;
        var pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit((Callable<Void>) () -> {
                    for (int t = 0; t < transactions; t++) {
                        int n = t;
                        transaction.executeWithoutResult(status -> {
                            audit.record("writer-" + writer, AuditAction.READ, OBJECT, n, "första");
                            jdbc.sql("select pg_sleep(0.001)").query(Object.class).list();
                            audit.record("writer-" + writer, AuditAction.READ, OBJECT, n, "andra");
                        });
                    }
                    return null;
                }));
            }
            for (Future<Void> writer : done) {
                writer.get();
            }
        } finally {
            pool.shutdown();
        }

        AuditChainVerification verification = chain.verify();

        assertThat(verification.intact()).as(String.valueOf(verification.firstBreak())).isTrue();
        assertThat(verification.lastPosition()).isEqualTo(before + 2L * writers * transactions);
        assertThat(jdbc.sql("select count(distinct previous_hash) = count(*) from audit_chain")
                .query(Boolean.class).single()).as("no two links name the same previous entry").isTrue();
    }

    @Test
    void anEntryEditedByTheSuperuserIsTheFirstBrokenLink() throws SQLException {
        var database = ScratchDatabase.migrated(postgres, "latest");
        List<Long> ids = appendSome(database, 6);
        assertThat(database.verify().intact()).isTrue();

        database.tamper("update audit_event set detail = 'något annat' where id = ?", ids.get(3));

        AuditChainVerification verification = database.verify();
        assertThat(verification.intact()).isFalse();
        assertThat(verification.checked()).isEqualTo(6);
        assertThat(verification.problems()).isEqualTo(1);
        assertThat(verification.firstBreak().problem()).isEqualTo(AuditChainVerification.Problem.CONTENT_CHANGED);
        assertThat(verification.firstBreak().entryId()).isEqualTo(ids.get(3));
        assertThat(verification.firstBreak().position()).isEqualTo(4);
        assertThat(verification.firstBreak().occurredAt()).isNotNull();
    }

    @Test
    void aChangedPersonOrTimeBreaksTheLinkToo() throws SQLException {
        var database = ScratchDatabase.migrated(postgres, "latest");
        List<Long> ids = appendSome(database, 4);

        database.tamper("update audit_event set occurred_at = occurred_at + interval '1 microsecond' where id = ?",
                ids.get(3));
        database.tamper("update audit_event set person_id = '8' where id = ?", ids.get(2));

        AuditChainVerification verification = database.verify();
        assertThat(verification.problems()).isEqualTo(2);
        assertThat(verification.firstBreak().entryId()).isEqualTo(ids.get(2));
    }

    @Test
    void aDeletedEntryIsReportedAsMissing() throws SQLException {
        var database = ScratchDatabase.migrated(postgres, "latest");
        List<Long> ids = appendSome(database, 5);

        database.tamper("delete from audit_event where id = ?", ids.get(2));

        AuditChainVerification verification = database.verify();
        assertThat(verification.firstBreak().problem()).isEqualTo(AuditChainVerification.Problem.ENTRY_MISSING);
        assertThat(verification.firstBreak().entryId()).isEqualTo(ids.get(2));
        assertThat(verification.firstBreak().position()).isEqualTo(3);
    }

    @Test
    void anEntryDeletedWithItsLinkLeavesAGapBeforeTheNextEntry() throws SQLException {
        var database = ScratchDatabase.migrated(postgres, "latest");
        List<Long> ids = appendSome(database, 5);

        database.tamper("delete from audit_chain where event_id = ?", ids.get(1));
        database.tamper("delete from audit_event where id = ?", ids.get(1));

        AuditChainVerification verification = database.verify();
        assertThat(verification.firstBreak().problem()).isEqualTo(AuditChainVerification.Problem.POSITIONS_MISSING);
        assertThat(verification.firstBreak().entryId()).as("the entry after the gap").isEqualTo(ids.get(2));
        assertThat(verification.firstBreak().missingFrom()).isEqualTo(2);
        assertThat(verification.firstBreak().missingTo()).isEqualTo(2);
        assertThat(verification.checked()).isEqualTo(4);
    }

    @Test
    void theLastEntriesDeletedShowAgainstALinkNotedBefore() throws SQLException {
        var database = ScratchDatabase.migrated(postgres, "latest");
        List<Long> ids = appendSome(database, 5);
        AuditChainVerification before = database.verify();
        var noted = new AuditAnchor(before.lastPosition(), before.lastHash());

        database.tamper("delete from audit_chain where event_id >= ?", ids.get(3));
        database.tamper("delete from audit_event where id >= ?", ids.get(3));

        assertThat(database.verify().intact()).as("a shorter chain is still a chain").isTrue();
        AuditChainVerification verification = new AuditChain(database.superuser).verify(noted);
        assertThat(verification.firstBreak().problem()).isEqualTo(AuditChainVerification.Problem.POSITIONS_MISSING);
        assertThat(verification.firstBreak().position()).isNull();
        assertThat(verification.firstBreak().missingFrom()).isEqualTo(4);
        assertThat(verification.firstBreak().missingTo()).isEqualTo(5);
    }

    @Test
    void aChainRewrittenByItsOwnerFailsAgainstALinkNotedBefore() throws SQLException {
        var database = ScratchDatabase.migrated(postgres, "latest");
        List<Long> ids = appendSome(database, 5);
        AuditChainVerification before = database.verify();
        var noted = new AuditAnchor(before.lastPosition(), before.lastHash());

        database.tamper("update audit_event set detail = 'omskriven' where id = ?", ids.get(3));
        database.tamper("""
                update audit_chain c set entry_hash = audit_chain_hash(c.position, e, c.previous_hash)
                from audit_event e where e.id = c.event_id and c.position = 4""");
        database.tamper("update audit_chain set previous_hash = (select entry_hash from audit_chain where position = 4) where position = 5");
        database.tamper("""
                update audit_chain c set entry_hash = audit_chain_hash(c.position, e, c.previous_hash)
                from audit_event e where e.id = c.event_id and c.position = 5""");

        assertThat(database.verify().intact()).as("rewritten consistently with the database's own function").isTrue();
        AuditChainVerification verification = new AuditChain(database.superuser).verify(noted);
        assertThat(verification.firstBreak().problem()).isEqualTo(AuditChainVerification.Problem.ANCHOR_MISMATCH);
        assertThat(verification.firstBreak().entryId()).isEqualTo(ids.get(4));
        assertThat(verification.firstBreak().position()).isEqualTo(5);
    }

    @Test
    void anEntryWrittenPastTheChainIsReported() throws SQLException {
        var database = ScratchDatabase.migrated(postgres, "latest");
        appendSome(database, 3);

        database.tamper("insert into audit_event (actor, action, object_type, detail) values ('smyg', 'READ', 'user', 'förbi')");

        AuditChainVerification verification = database.verify();
        assertThat(verification.firstBreak().problem()).isEqualTo(AuditChainVerification.Problem.NOT_LINKED);
        assertThat(verification.checked()).isEqualTo(3);
    }

    @Test
    void aRewrittenLinkBreaksTheNextOne() throws SQLException {
        var database = ScratchDatabase.migrated(postgres, "latest");
        List<Long> ids = appendSome(database, 4);

        database.tamper("update audit_chain set entry_hash = repeat('a', 64) where event_id = ?", ids.get(1));

        AuditChainVerification verification = database.verify();
        assertThat(verification.firstBreak().problem()).isEqualTo(AuditChainVerification.Problem.CONTENT_CHANGED);
        assertThat(verification.firstBreak().entryId()).isEqualTo(ids.get(1));
        assertThat(verification.problems()).as("and the next link does not carry it").isEqualTo(2);
    }

    @Test
    void logsRefuseTruncateUpdateAndDeleteEvenForTheSuperuser() {
        var database = ScratchDatabase.migrated(postgres, "latest");
        appendSome(database, 2);

        for (String table : List.of("audit_event", "audit_chain", "audit_chain_lock", "fire_safety_check",
                "plan_follow_up", "plan_correction", "meeting_correction", "activity_report_correction",
                "agreement_file")) {
            assertThatThrownBy(() -> database.jdbc.sql("truncate " + table + " cascade").update())
                    .as(table).hasMessageContaining("TRUNCATE is refused");
        }
        assertThatThrownBy(() -> database.jdbc.sql("update audit_chain set entry_hash = repeat('a', 64)").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> database.jdbc.sql("delete from audit_chain").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> database.jdbc.sql("delete from audit_chain_lock").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> database.jdbc.sql("update audit_chain_lock set singleton = true").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> database.jdbc.sql("update audit_event set detail = 'x'").update())
                .hasMessageContaining("append-only");
        assertThat(database.verify().intact()).isTrue();
    }

    @Test
    void theMigrationLinksEntriesWrittenBeforeTheChainInIdOrder() {
        var database = ScratchDatabase.migrated(postgres, ScratchDatabase.BEFORE_THE_CHAIN);
        var ids = new ArrayList<Long>();
        for (int i = 0; i < 5; i++) {
            ids.add(database.jdbc.sql("""
                            insert into audit_event (occurred_at, actor, action, object_type, object_id, detail)
                            values (now() - make_interval(days => ?), 'före', 'READ', 'centre', ?, ?) returning id
                            """)
                    .params(5 - i, String.valueOf(i), i == 2 ? null : "post " + i + " – åäö")
                    .query(Long.class).single());
        }

        database.migrate("latest");

        AuditChainVerification verification = database.verify();
        assertThat(verification.intact()).as(String.valueOf(verification.firstBreak())).isTrue();
        assertThat(verification.checked()).isEqualTo(5);
        assertThat(database.jdbc.sql("select event_id from audit_chain order by position").query(Long.class).list())
                .containsExactlyElementsOf(ids);
        database.append("efter", "READ", "centre", "9", "efter migreringen", null, null, null);
        assertThat(database.verify().lastPosition()).isEqualTo(6);
        assertThat(database.verify().intact()).isTrue();
    }

    @Test
    void entriesBeforeTheAccessFieldsKeepTheirFormatAndTheAccessFieldsOfLaterOnesAreInTheChain() throws SQLException {
        var database = ScratchDatabase.migrated(postgres, "13.3");
        List<Long> before = appendSome(database, 3);

        database.migrate("latest");
        long access = database.jdbc.sql("""
                        insert into audit_event (actor, action, object_type, object_id, detail, person_type, person_id,
                                                 actor_role, centre_id, unit_id, purpose, protected_identity)
                        values ('nina', 'READ', 'person', '7', 'uppgifter', 'person', '7', 'STAFF', 3, 4,
                                'förande av personregister', true) returning id
                        """).query(Long.class).single();
        long plain = database.append("system", "UPDATE", "centre", "1", "utan åtkomstfält", null, null, null);

        assertThat(database.jdbc.sql("select chain_format from audit_event order by id").query(Integer.class).list())
                .containsExactly(1, 1, 1, 2, 2);
        AuditChainVerification verification = database.verify();
        assertThat(verification.intact()).as(String.valueOf(verification.firstBreak())).isTrue();
        assertThat(verification.checked()).isEqualTo(5);

        database.tamper("update audit_event set protected_identity = false where id = ?", access);
        database.tamper("update audit_event set unit_id = 5 where id = ?", plain);
        database.tamper("update audit_event set chain_format = 2, purpose = 'efteråt' where id = ?", before.get(1));
        verification = database.verify();
        assertThat(verification.problems()).isEqualTo(3);
        assertThat(verification.firstBreak().entryId()).isEqualTo(before.get(1));
    }

    @Test
    void entriesOlderThanFiveYearsArePurgedFromTheStartAndTheChainVerifiesFromTheCut() throws SQLException {
        var database = ScratchDatabase.migrated(postgres, "latest");
        List<Long> old = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            old.add(database.jdbc.sql("""
                            insert into audit_event (occurred_at, actor, action, object_type, object_id, detail)
                            values (now() - make_interval(years => 7, days => ?), 'förr', 'READ', 'person', ?, 'gammal')
                            returning id""").params(10 - i, String.valueOf(i)).query(Long.class).single());
        }
        long young = database.jdbc.sql("""
                insert into audit_event (occurred_at, actor, action, object_type, detail)
                values (now() - interval '4 years', 'nyss', 'READ', 'person', 'ung') returning id""")
                .query(Long.class).single();
        long afterYoung = database.jdbc.sql("""
                insert into audit_event (occurred_at, actor, action, object_type, detail)
                values (now() - interval '6 years', 'förr', 'READ', 'person', 'gammal men efter en ung') returning id""")
                .query(Long.class).single();

        assertThat(purge(database, "now()", 2)).isEqualTo(2);
        assertThat(purge(database, "now()", 100)).as("the rest of the run, up to the young entry").isEqualTo(3);
        assertThat(purge(database, "now()", 100)).as("nothing after a young entry").isZero();
        assertThat(database.jdbc.sql("select id from audit_event order by id").query(Long.class).list())
                .containsExactly(young, afterYoung);
        assertThat(database.jdbc.sql("select position || ' ' || purged from audit_chain_cut order by position")
                .query(String.class).list()).containsExactly("2 2", "5 3");
        AuditChainVerification verification = database.verify();
        assertThat(verification.intact()).as(String.valueOf(verification.firstBreak())).isTrue();
        assertThat(verification.checked()).isEqualTo(2);
        assertThat(verification.lastPosition()).isEqualTo(7);

        database.append("nu", "READ", "centre", "1", "efter gallringen", null, null, null);
        assertThat(database.verify().intact()).isTrue();
        assertThat(database.verify().lastPosition()).isEqualTo(8);

        assertThatThrownBy(() -> database.jdbc.sql("""
                do $$ begin
                    perform set_config('samverka.audit_purge', 'on', true);
                    delete from audit_chain where event_id = %d;
                end $$""".formatted(young)).update())
                .as("younger than five years, whoever asks").hasStackTraceContaining("append-only");
        database.tamper("delete from audit_chain where event_id = ?", young);
        database.tamper("delete from audit_event where id = ?", young);
        assertThat(database.verify().firstBreak().problem())
                .as("an entry removed right after the cut").isEqualTo(AuditChainVerification.Problem.POSITIONS_MISSING);
    }

    private static int purge(ScratchDatabase database, String before, int batch) {
        return database.jdbc.sql("select audit_purge(" + before + ", " + batch + ")").query(Integer.class).single();
    }

    /** Entries with every kind of value: text outside Latin-1, nulls, a person. */
    private static List<Long> appendSome(ScratchDatabase database, int count) {
        var ids = new ArrayList<Long>();
        for (int i = 0; i < count; i++) {
            ids.add(database.append(i % 2 == 0 ? "nina" : "system", i % 3 == 0 ? "READ" : "UPDATE",
                    i % 2 == 0 ? "user" : "centre", i == 1 ? null : String.valueOf(i),
                    i == 0 ? null : "detalj " + i + ": åäö ✓ 𝄞 \"citat\" ; tom",
                    i % 2 == 0 ? "127.0.0.1" : "::1", i % 2 == 0 ? "user" : null, i % 2 == 0 ? String.valueOf(i) : null));
        }
        return ids;
    }
}
