package se.samverka.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import se.samverka.platform.DatabaseUnavailable;

import java.util.List;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC) and are found by their cookie. Two kinds of request do not look
 * for theirs, so that they neither read nor write the session in the database: the actuator's (health probes and
 * metrics use no session, but the actuator asks every request for its principal, which would read it), and the error
 * page for a database that cannot be reached (503), after the session could not be read (another try would wait for
 * the database a second time). Spring Boot's cookie serializer, configured by {@code server.servlet.session.cookie.*},
 * is kept and only read around.
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
