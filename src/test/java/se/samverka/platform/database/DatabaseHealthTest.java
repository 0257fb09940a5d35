package se.samverka.platform.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.datasource.AbstractDataSource;

import java.sql.Connection;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Readiness's database check answers DOWN by itself when the database never answers, instead of waiting with it. */
class DatabaseHealthTest {

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aDatabaseThatNeverAnswersIsDownNotAHangingProbe() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        DatabaseHealth health = new DatabaseHealth(new AbstractDataSource() {
            @Override
            public Connection getConnection() throws java.sql.SQLException {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new java.sql.SQLTransientConnectionException("frozen");
            }

            @Override
            public Connection getConnection(String username, String password) throws java.sql.SQLException {
                return getConnection();
            }
        });
        try {
            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        } finally {
            health.destroy();
        }
    }
}
