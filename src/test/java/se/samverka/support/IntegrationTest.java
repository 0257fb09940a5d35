package se.samverka.support;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on a random port, on a real (embedded, throw-away) PostgreSQL, shared by every
 * test class that uses this annotation. Tests make their own data with {@link Fixtures}. The application's clock is
 * the {@link TestClock}, on a fixed day; it is set back after every test method.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({Fixtures.class, TestClock.class, StatementCounter.class})
@ExtendWith(TestClock.ResetAfterEach.class)
public @interface IntegrationTest {
}
