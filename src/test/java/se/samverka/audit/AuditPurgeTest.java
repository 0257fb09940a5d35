package se.samverka.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly audit purge as the application runs it, with the application's own database role: it may call the
 * owner's purge, and the purge leaves a chain that starts with an entry younger than five years untouched (the
 * cut itself is tested in {@link AuditChainTest}).
 */
@IntegrationTest
class AuditPurgeTest {

    @Autowired
    AuditPurge purge;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    @Test
    void runsWithTheApplicationsRoleAndKeepsEntriesYoungerThanTheRetention() {
        audit.record(AuditAction.READ, "centre", 1, "före gallringen");
        long before = jdbc.sql("select count(*) from audit_event").query(Long.class).single();

        assertThat(purge.purge()).isZero();

        assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from audit_chain_cut").query(Long.class).single()).isZero();
    }
}
