package se.samverka.audit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A database of its own in the tests' embedded PostgreSQL, migrated by Flyway and used as the superuser, so that a
 * test may tamper with its audit log without breaking the shared one.
 */
final class ScratchDatabase {

    /** Up to the last migration before V4_3_1, which made the audit log a chain. */
    static final String BEFORE_THE_CHAIN = "before the chain";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final DataSource superuser;
    final JdbcClient jdbc;
    private final String name;

    private ScratchDatabase(EmbeddedPostgres postgres, String name) {
        this.name = name;
        this.superuser = postgres.getDatabase("postgres", name);
        this.jdbc = JdbcClient.create(superuser);
    }

    /** A new database migrated up to and including {@code target} ("latest" for all). */
    static ScratchDatabase migrated(EmbeddedPostgres postgres, String target) {
        String name = "audit_scratch_" + SEQUENCE.incrementAndGet() + "_" + ProcessHandle.current().pid();
        JdbcClient.create(postgres.getPostgresDatabase()).sql("create database " + name + " encoding 'UTF8' template template0")
                .update();
        var database = new ScratchDatabase(postgres, name);
        database.migrate(target);
        return database;
    }

    void migrate(String target) {
        var chain = MigrationVersion.fromVersion("4.3.1");
        String version = !BEFORE_THE_CHAIN.equals(target) ? target : Arrays.stream(flyway("latest").info().all())
                .map(MigrationInfo::getVersion).filter(v -> v.compareTo(chain) < 0).max(Comparator.naturalOrder())
                .orElseThrow().getVersion();
        flyway(version).migrate();
    }

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(superuser).locations("classpath:db/migration").target(target)
                .placeholders(java.util.Map.of("application-role", "samverka_app")).load();
    }

    /** An entry written as the application writes it, in a transaction of its own; its id. */
    long append(String actor, String action, String objectType, String objectId, String detail, String source,
                String personType, String personId) {
        return jdbc.sql("""
                        insert into audit_event (actor, action, object_type, object_id, detail, source_address,
                                                 person_type, person_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(actor, action, objectType, objectId, detail, source, personType, personId)
                .query(Long.class).single();
    }

    /** Runs the statement as the superuser with every trigger off, as someone tampering with the log would. */
    void tamper(String sql, Object... params) throws SQLException {
        try (Connection connection = superuser.getConnection()) {
            connection.setAutoCommit(false);
            try (var replica = connection.createStatement()) {
                replica.execute("set local session_replication_role = replica");
            }
            try (var statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    statement.setObject(i + 1, params[i]);
                }
                statement.executeUpdate();
            }
            connection.commit();
        }
    }

    AuditChainVerification verify() {
        return new AuditChain(superuser).verify();
    }

    String name() {
        return name;
    }
}
