package se.samverka.platform.database;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The database in readiness ({@code db}, in place of Spring Boot's check): a connection from the pool that answers
 * within {@link #LIMIT}, or DOWN. Boot's check waits as long as the pool and the driver let it (2.5 s for a
 * connection, then up to 4 s on a frozen socket); a probe must answer before the load balancer's timeout, so this one
 * gives up on its own clock and leaves the abandoned attempt to the pool's limits.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator, DisposableBean {

    static final Duration LIMIT = Duration.ofMillis(1500);

    private final DataSource dataSource;
    private final ExecutorService checks = Executors.newVirtualThreadPerTaskExecutor();

    DatabaseHealth(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Health health() {
        Future<Boolean> check = checks.submit(() -> {
            try (Connection connection = dataSource.getConnection()) {
                return connection.isValid(1);
            }
        });
        try {
            return check.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS) ? Health.up().build() : Health.down().build();
        } catch (TimeoutException e) {
            check.cancel(true);
            return Health.down().withDetail("waited", LIMIT.toString()).build();
        } catch (ExecutionException e) {
            return Health.down(e.getCause() instanceof Exception cause ? cause : e).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().build();
        }
    }

    @Override
    public void destroy() {
        checks.shutdownNow();
    }
}
