package se.samverka.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverka.SamverkaApplication;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditChain;
import se.samverka.audit.AuditChainVerification;
import se.samverka.audit.AuditLog;
import se.samverka.audit.AuditAccess;
import se.samverka.audit.AuditPerson;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The audit log's hash chain on an embedded PostgreSQL as durable as a production one (fsync, synchronous_commit and
 * full_page_writes on), in the running application:
 * <ul>
 *     <li>{@code verifyMillionEntries}: verifying a chain of 1,000,000 entries, written through the chain trigger;</li>
 *     <li>{@code append} and {@code appendFourWriters}: entries appended per second, each in its own transaction, by one
 *     and by four concurrent writers;</li>
 *     <li>{@code appendInWorkingTransactions}: four writers whose transactions audit, then work for 2 ms before they
 *     commit, with the chain locked at commit (as built) or, for comparison, from the audit until commit (as a
 *     BEFORE INSERT trigger would).</li>
 * </ul>
 * Run with {@code ./mvnw -B -Pbench verify -DskipTests -Djmh.benchmarks=AuditChainBenchmark}.
 */
@Fork(1)
public class AuditChainBenchmark {

    static final int ENTRIES = 1_000_000;
    /** A read of a person in a register, with every access field, as the consent module writes it. */
    private static final AuditAccess ACCESS = new AuditAccess(AuditPerson.of("person", 7), "STAFF", 3L, 7L,
            "förande av personregister", false);
    private static final int BATCH = 10_000;

    /** The application on a durable embedded PostgreSQL of its own. */
    abstract static class Application {

        EmbeddedPostgres postgres;
        ConfigurableApplicationContext application;

        void start() throws IOException {
            ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(Files.createTempDirectory("samverka-audit-bench"))
                    .setCleanDataDirectory(true)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start();
            application = new SpringApplicationBuilder(SamverkaApplication.class)
                    .properties("spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                            "spring.datasource.username=postgres", "server.port=0", "logging.level.root=WARN",
                            "samverka.demo=false")
                    .run();
            System.out.println(application.getBean(JdbcClient.class).sql("""
                            select 'fsync ' || current_setting('fsync') || ', synchronous_commit '
                                || current_setting('synchronous_commit') || ', full_page_writes '
                                || current_setting('full_page_writes')""").query(String.class).single());
        }

        void stop() throws IOException {
            application.close();
            postgres.close();
        }
    }

    @State(Scope.Benchmark)
    public static class MillionEntries extends Application {

        AuditChain chain;

        @Setup
        public void fill() throws IOException {
            start();
            chain = application.getBean(AuditChain.class);
            var jdbc = application.getBean(JdbcClient.class);
            var transaction = application.getBean(TransactionTemplate.class);
            long started = System.nanoTime();
            for (int from = 1; from <= ENTRIES; from += BATCH) {
                int first = from;
                transaction.executeWithoutResult(status -> jdbc.sql("""
                                insert into audit_event (actor, action, object_type, object_id, detail, source_address,
                                                         person_type, person_id, actor_role, centre_id, unit_id,
                                                         purpose, protected_identity)
                                select 'bänk-' || g % 50, (array['READ', 'CREATE', 'UPDATE'])[1 + g % 3],
                                       case when g % 4 = 0 then 'person' else 'centre' end,
                                       (g % 1000)::text, 'personregister familjecentral 3, enhet 7: läsning ' || g,
                                       '10.0.0.' || g % 200,
                                       case when g % 4 = 0 then 'person' end, case when g % 4 = 0 then (g % 500)::text end,
                                       case when g % 4 = 0 then 'STAFF' end, case when g % 4 = 0 then 3 end,
                                       case when g % 4 = 0 then 7 end,
                                       case when g % 4 = 0 then 'förande av personregister' end,
                                       case when g % 4 = 0 then g % 100 = 0 end
                                from generate_series(:from, :to) g
                                """).param("from", first).param("to", first + BATCH - 1).update());
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("%n%,d entries written through the chain trigger in %,.1f s (%,.0f entries/s, %,d a transaction)%n",
                    ENTRIES, seconds, ENTRIES / seconds, BATCH);
            AuditChainVerification verification = chain.verify();
            if (!verification.intact() || verification.checked() != ENTRIES) {
                throw new IllegalStateException("the filled chain does not verify: " + verification);
            }
        }

        @TearDown
        public void close() throws IOException {
            stop();
        }
    }

    @State(Scope.Benchmark)
    public static class Log extends Application {

        AuditLog audit;
        JdbcClient jdbc;
        TransactionTemplate transaction;

        @Setup
        public void open() throws IOException {
            start();
            audit = application.getBean(AuditLog.class);
            jdbc = application.getBean(JdbcClient.class);
            transaction = application.getBean(TransactionTemplate.class);
        }

        @TearDown
        public void close() throws IOException {
            AuditChainVerification verification = application.getBean(AuditChain.class).verify();
            System.out.printf("%nchain after the run: %,d entries, %s%n", verification.checked(),
                    verification.intact() ? "whole" : "BROKEN: " + verification.firstBreak());
            stop();
        }
    }

    @State(Scope.Benchmark)
    public static class HeadLock {

        /** at-commit: as built; at-audit: the chain locked from the audit to commit, as a BEFORE INSERT trigger would. */
        @Param({"at-commit", "at-audit"})
        public String lock;
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public AuditChainVerification verifyMillionEntries(MillionEntries log) {
        return log.chain.verify();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 5, time = 5)
    @Threads(1)
    public void append(Log log) {
        log.audit.record(AuditAction.READ, "person", 7, "personregister: uppgifter", ACCESS);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 5, time = 5)
    @Threads(4)
    public void appendFourWriters(Log log) {
        log.audit.record(AuditAction.READ, "person", 7, "personregister: uppgifter", ACCESS);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 5, time = 5)
    @Threads(4)
    public void appendInWorkingTransactions(Log log, HeadLock head) {
        log.transaction.executeWithoutResult(status -> {
            if (head.lock.equals("at-audit")) {
                log.jdbc.sql("select singleton from audit_chain_lock for update").query(Boolean.class).single();
            }
            log.audit.record("bänk", AuditAction.UPDATE, "centre", 1, "ändrat");
            log.jdbc.sql("select pg_sleep(0.002)").query().singleRow();
        });
    }
}
