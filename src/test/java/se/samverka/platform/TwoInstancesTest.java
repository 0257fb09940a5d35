package se.samverka.platform;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import se.samverka.SamverkaApplication;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of Samverka on one PostgreSQL (the first one's embedded server; the second connects to it as a
 * configured server, with the owner and the application role): a session signed in on the first goes on on the
 * second, with its security context and CSRF token, and is ended there for both; a scheduled job triggered on both at
 * once runs on one of them, and the other skips it.
 */
class TwoInstancesTest {

    private static final String ADMIN = "tva.instanser";
    private static final String PASSWORD = "ett-langt-losenord-for-tva-instanser";
    /** Once a year, so that the purge runs here only when the test triggers it. */
    private static final String PURGE_CRON = "0 0 3 1 1 *";
    private static final String JOB = "sign-in-failure-purge";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aSessionGoesOnOnTheOtherInstanceAndAJobRunsOnce() throws Exception {
        try (ConfigurableApplicationContext first = start("--samverka.temporary=true",
                "--samverka.identity.bootstrap-admin.username=" + ADMIN,
                "--samverka.identity.bootstrap-admin.password=" + PASSWORD);
             ConfigurableApplicationContext second = start("--spring.datasource.url=jdbc:postgresql://localhost:"
                             + first.getBean(EmbeddedPostgres.class).getPort() + "/samverka",
                     "--spring.datasource.username=samverka_app", "--spring.flyway.user=samverka_owner")) {
            String one = base(first);
            String two = base(second);

            HttpResponse<String> login = send(get(one + "/login", null));
            HttpResponse<String> signIn = send(post(one + "/login", session(login),
                    "username=" + ADMIN + "&password=" + PASSWORD + "&_csrf=" + csrf(login)));
            assertThat(signIn.statusCode()).isEqualTo(302);
            assertThat(signIn.headers().firstValue("Location")).as("the county administrator's start page")
                    .hasValueSatisfying(to -> assertThat(to).endsWith("/lan"));
            String session = session(signIn);

            HttpResponse<String> page = send(get(two + "/centres", session));
            assertThat(page.statusCode()).as("signed in on the second").isEqualTo(200);
            assertThat(page.body()).as("the header names the signed-in person").contains("Länsadministratör")
                    .contains("/admin/users");

            String token = csrf(send(get(one + "/centres", session)));
            assertThat(send(post(two + "/logout", session, "_csrf=not-the-token")).statusCode())
                    .as("the second checks the CSRF token").isEqualTo(403);
            assertThat(send(get(two + "/centres", session)).statusCode()).isEqualTo(200);
            HttpResponse<String> logout = send(post(two + "/logout", session, "_csrf=" + token));
            assertThat(logout.statusCode()).as("the first one's token").isEqualTo(302);
            assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?logout"));
            assertThat(send(get(one + "/centres", session)).headers().firstValue("Location"))
                    .as("signed out on the first as well").hasValueSatisfying(to -> assertThat(to).endsWith("/login"));

            JdbcClient jdbc = first.getBean(JdbcClient.class);
            jdbc.sql("""
                    insert into sign_in_failure (occurred_at, username, reason)
                    select now() - interval '100 days', 'tva.instanser.gammal', 'BAD_CREDENTIALS'
                    from generate_series(1, 3)""").update();
            Runnable onFirst = scheduledPurge(first);
            Runnable onSecond = scheduledPurge(second);
            var together = new CyclicBarrier(2);
            try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<?>> runs = Stream.of(onFirst, onSecond)
                        .<Future<?>>map(job -> threads.submit(() -> {
                            together.await();
                            job.run();
                            return null;
                        }))
                        .toList();
                for (Future<?> run : runs) {
                    run.get();
                }
            }
            onSecond.run();

            assertThat(runs(first, "ran") + runs(second, "ran")).as("runs").isEqualTo(1);
            assertThat(runs(first, "skipped") + runs(second, "skipped")).as("skipped").isEqualTo(2);
            assertThat(runs(first, "failed") + runs(second, "failed")).isZero();
            assertThat(jdbc.sql("select count(*) from sign_in_failure where username = 'tva.instanser.gammal'")
                    .query(Long.class).single()).as("purged").isZero();
        }
    }

    private static ConfigurableApplicationContext start(String... arguments) {
        List<String> all = new java.util.ArrayList<>(List.of("--samverka.demo=false", "--server.port=0",
                "--logging.level.io.zonky=WARN", "--samverka.identity.sign-in-failure-purge-cron=" + PURGE_CRON));
        all.addAll(List.of(arguments));
        return new SpringApplicationBuilder(SamverkaApplication.class).run(all.toArray(String[]::new));
    }

    /** The purge as the scheduler runs it on that instance, on the configured schedule. */
    private static Runnable scheduledPurge(ConfigurableApplicationContext context) {
        List<ScheduledTask> purges = context.getBeansOfType(ScheduledTaskHolder.class).values().stream()
                .flatMap(holder -> holder.getScheduledTasks().stream())
                .filter(task -> task.getTask() instanceof CronTask cron && cron.getExpression().equals(PURGE_CRON)
                        && cron.getRunnable().toString().contains("SignInFailurePurge.run"))
                .toList();
        assertThat(purges).hasSize(1);
        return purges.getFirst().getTask().getRunnable();
    }

    private static long runs(ConfigurableApplicationContext context, String outcome) {
        Timer timer = context.getBean(MeterRegistry.class).find(Jobs.METRIC).tag("job", JOB).tag("outcome", outcome)
                .timer();
        return timer == null ? 0 : timer.count();
    }

    private static String base(ConfigurableApplicationContext context) {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static HttpRequest get(String uri, String session) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri));
        if (session != null) {
            request.header("Cookie", session);
        }
        return request.build();
    }

    private static HttpRequest post(String uri, String session, String form) {
        return HttpRequest.newBuilder(URI.create(uri)).header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The session cookie the response set, as a Cookie header. */
    private static String session(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("SESSION="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers().map()));
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("a CSRF token on the page").isTrue();
        return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    }
}
