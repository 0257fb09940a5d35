package se.samverka.support;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the SQL statements that the application sends to PostgreSQL on the calling thread (a MockMvc request runs
 * on it, with its transactions): the test's proof that a page's queries do not grow with the data. Wraps the
 * application's DataSource in every {@link IntegrationTest} context; Spring's {@link DelegatingDataSource} keeps
 * {@code unwrap} working for the pool's metrics and health.
 */
@TestComponent
public class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<Counts> COUNTS = new ThreadLocal<>();
    private static final ThreadLocal<int[]> HELD = ThreadLocal.withInitial(() -> new int[1]);
    private static final AtomicInteger MOST_HELD = new AtomicInteger();
    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
            "executeBatch", "executeLargeBatch");

    /** What a piece of work sent to the database on this thread. */
    public record Counts(int statements, int transactions) {
    }

    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    public static Counts of(Work work) throws Exception {
        Counts outer = COUNTS.get();
        COUNTS.set(new Counts(0, 0));
        try {
            work.run();
            return COUNTS.get();
        } finally {
            COUNTS.set(outer);
        }
    }

    /**
     * The most connections that one thread, any thread, held at once while the work ran: 1 when every piece of work
     * reads over one connection at a time, 2 or more when something took a second connection while holding one.
     */
    public static int mostConnectionsHeldByOneThread(Work work) throws Exception {
        MOST_HELD.set(0);
        work.run();
        return MOST_HELD.get();
    }

    private static void add(int statements, int transactions) {
        Counts counts = COUNTS.get();
        if (counts != null) {
            COUNTS.set(new Counts(counts.statements() + statements, counts.transactions() + transactions));
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof Counting) && "dataSource".equals(beanName)) {
            return new Counting(dataSource);
        }
        return bean;
    }

    private static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return connection(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return connection(super.getConnection(username, password));
        }

        private static Connection connection(Connection connection) {
            int[] held = HELD.get();
            MOST_HELD.accumulateAndGet(++held[0], Math::max);
            var closed = new AtomicBoolean();
            return proxy(Connection.class, connection, (method, result) -> {
                if (method.getName().equals("close") && closed.compareAndSet(false, true)) {
                    held[0]--;
                }
                if (method.getName().equals("commit") || method.getName().equals("rollback") && method.getParameterCount() == 0) {
                    add(0, 1);
                }
                return switch (result) {
                    case CallableStatement call -> statement(CallableStatement.class, call);
                    case PreparedStatement prepared -> statement(PreparedStatement.class, prepared);
                    case Statement plain -> statement(Statement.class, plain);
                    case null, default -> result;
                };
            });
        }

        private static <S extends Statement> S statement(Class<S> type, S statement) {
            return proxy(type, statement, (method, result) -> {
                if (EXECUTIONS.contains(method.getName())) {
                    add(1, 0);
                }
                return result;
            });
        }
    }

    @FunctionalInterface
    private interface After {
        Object apply(Method method, Object result);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, After after) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            try {
                return after.apply(method, method.invoke(target, arguments));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[]{type}, handler);
    }
}
