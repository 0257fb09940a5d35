package se.samverka.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverka.platform.DatabaseUnavailable;

import javax.sql.DataSource;
import java.util.List;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC) and are found by their cookie. Two kinds of request do not look
 * for theirs, so that they neither read nor write the session in the database: the actuator's (health probes and
 * metrics use no session, but the actuator asks every request for its principal, which would read it), and the error
 * page for a database that cannot be reached (503), after the session could not be read (another try would wait for
 * the database a second time). Spring Boot's cookie serializer, configured by {@code server.servlet.session.cookie.*},
 * is kept and only read around.
 * <p>
 * Every signed-in request writes its session's last access. Those writes commit without waiting for the disk
 * ({@code synchronous_commit} off for the session's own transactions only): a database crash can lose the last
 * fraction of a second of them, which at worst asks a user to sign in again, while each request no longer waits for a
 * flush of the write-ahead log. Everything else, the audit log above all, still commits durably.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    static BeanPostProcessor noSessionForProbesOrUnreachableDatabase() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof CookieSerializer cookies ? new SkippedWithoutSession(cookies) : bean;
            }
        };
    }

    /** Replaces Spring Session's own transaction template (a new transaction for every read and write). */
    @Bean
    TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactions,
                                                             DataSource dataSource) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        return new TransactionOperations() {
            @Override
            public <T> T execute(TransactionCallback<T> action) {
                return template.execute(status -> {
                    jdbc.execute("set local synchronous_commit to off");
                    return action.doInTransaction(status);
                });
            }
        };
    }

    /** Spring Boot's own transaction template, which backs off as soon as any other TransactionOperations exists. */
    @Bean
    @Primary
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
        return new TransactionTemplate(transactions);
    }

    private record SkippedWithoutSession(CookieSerializer cookies) implements CookieSerializer {

        @Override
        public void writeCookieValue(CookieValue value) {
            cookies.writeCookieValue(value);
        }

        @Override
        public List<String> readCookieValues(HttpServletRequest request) {
            return actuator(request) || unreachableDatabase(request) ? List.of() : cookies.readCookieValues(request);
        }

        private static boolean actuator(HttpServletRequest request) {
            return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");
        }

        private static boolean unreachableDatabase(HttpServletRequest request) {
            return request.getDispatcherType() == DispatcherType.ERROR
                    && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                    && DatabaseUnavailable.isCause(failure);
        }
    }
}
