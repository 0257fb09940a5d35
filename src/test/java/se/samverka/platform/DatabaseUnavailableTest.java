package se.samverka.platform;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableTest {

    @Test
    void aDatabaseOutOfReachAnywhereInTheCauseChain() {
        var pool = new SQLTransientConnectionException("samverka - Connection is not available, request timed out after 2500ms");
        assertThat(DatabaseUnavailable.isCause(new CannotGetJdbcConnectionException("no connection", pool))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new CannotCreateTransactionException("no transaction", pool))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new ServletException(new InternalAuthenticationServiceException("sign-in",
                new CannotGetJdbcConnectionException("no connection", pool))))).as("from the sign-in filter").isTrue();
        for (String state : new String[]{"08006", "08001", "57P01", "57P03", "57014"}) {
            assertThat(DatabaseUnavailable.isCause(new UncategorizedSQLException("query", "select 1",
                    new SQLException("I/O error", state, new SocketTimeoutException("Read timed out"))))).as(state).isTrue();
        }
        var rollback = new org.springframework.transaction.TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(new org.springframework.dao.DataAccessResourceFailureException(
                "select * from app_user", new SQLException("I/O error", "08006", new SocketTimeoutException("Read timed out"))));
        assertThat(DatabaseUnavailable.isCause(rollback)).as("a frozen server's read timeout behind the failed rollback")
                .isTrue();
        assertThat(DatabaseUnavailable.isCause(new org.springframework.transaction.TransactionSystemException(
                "JDBC rollback failed", new SQLException("Connection is closed")))).as("a rollback alone").isFalse();
    }

    @Test
    void notWhatTheRequestOrTheCodeDidWrong() {
        assertThat(DatabaseUnavailable.isCause(new DuplicateKeyException("duplicate"))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new DataIntegrityViolationException("check"))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new OptimisticLockingFailureException("stale"))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new BadSqlGrammarException("query", "select nothing",
                new SQLException("permission denied for table audit_event", "42501")))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new UncategorizedSQLException("trigger", "update audit_event",
                new SQLException("audit_event is append-only", "P0001")))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseUnavailable.isCause(null)).isFalse();
    }
}
