package se.samverka.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverka.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session's own writes (its last access, on every signed-in request) commit without waiting for the disk; every
 * other transaction still commits durably.
 */
@IntegrationTest
class SessionWritesTest {

    @Autowired
    JdbcIndexedSessionRepository sessions;
    @Autowired
    @Qualifier("springSessionTransactionOperations")
    TransactionOperations sessionTransactions;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void onlyTheSessionsTransactionsCommitWithoutWaitingForTheDisk() {
        assertThat(ReflectionTestUtils.getField(sessions, "transactionOperations"))
                .as("Spring Session uses these transactions").isSameAs(sessionTransactions);

        String inSession = sessionTransactions.execute(status -> setting());
        String inAnother = new TransactionTemplate(transactions).execute(status -> setting());
        assertThat(inSession).isEqualTo("off");
        assertThat(inAnother).isEqualTo("on");
        assertThat(setting()).isEqualTo("on");
    }

    private String setting() {
        return jdbc.sql("select current_setting('synchronous_commit')").query(String.class).single();
    }
}
