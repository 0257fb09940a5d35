package se.samverka.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Failed password sign-ins are recorded and limited, by the login form and by HTTP Basic. Each test signs in from
 * an address of its own, so that the address counters of other tests do not count. Nothing here waits for time to
 * pass: a refusal is asserted right after the failures that cause it, whatever the clock says.
 */
@IntegrationTest
class SignInThrottlingTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void fiftyWrongPasswordsAreMostlyRefusedUntriedAndThenTheRightOneIsRefusedToo() throws Exception {
        String username = fixtures.account();
        RequestPostProcessor from = address();
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (int i = 0; i < 50; i++) {
            answers.merge(signIn(username, "fel-lösenord-nummer-" + i, from), 1, Integer::sum);
        }
        String right = signIn(username, Fixtures.PASSWORD, from);

        assertThat(answers.keySet()).containsOnly("/login?error", "/login?throttled");
        assertThat(answers.get("/login?error")).as("attempts whose password was tried").isBetween(5, 10);
        assertThat(answers.get("/login?throttled")).isGreaterThanOrEqualTo(40);
        assertThat(right).isEqualTo("/login?throttled");
        assertThat(failures(username)).containsEntry("BAD_CREDENTIALS", answers.get("/login?error"))
                .containsEntry("THROTTLED", answers.get("/login?throttled") + 1);
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :username and action = 'LOGIN_FAILED'")
                .param("username", username).query(Long.class).single()).isEqualTo(51);
        assertThat(jdbc.sql("""
                        select count(*) from sign_in_failure f, audit_event a
                        where f.username = :username and a.actor = :username
                          and (f::text like '%fel-lösenord%' or a::text like '%fel-lösenord%')""")
                .param("username", username).query(Long.class).single()).as("no password is stored").isZero();
    }

    @Test
    void anAccountThatDoesNotExistIsRefusedTheSameWay() throws Exception {
        String nobody = "finns-inte-" + System.nanoTime();
        String somebody = fixtures.account();
        RequestPostProcessor from = address();
        RequestPostProcessor elsewhere = address();
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(nobody, "fel-lösenord-" + i, from)).isEqualTo("/login?error");
            assertThat(signIn(somebody, "fel-lösenord-" + i, elsewhere)).isEqualTo("/login?error");
        }
        assertThat(signIn(nobody, "fel-lösenord-5", from)).isEqualTo("/login?throttled");
        assertThat(signIn(somebody, "fel-lösenord-5", elsewhere)).isEqualTo("/login?throttled");
        assertThat(failures(nobody)).containsEntry("BAD_CREDENTIALS", 5).containsEntry("THROTTLED", 1);
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsRun() throws Exception {
        String username = fixtures.account();
        RequestPostProcessor from = address();
        for (int i = 0; i < 4; i++) {
            signIn(username, "fel-lösenord-" + i, from);
        }
        assertThat(signIn(username, Fixtures.PASSWORD, from)).isEqualTo("/centres");
        for (int i = 0; i < 4; i++) {
            assertThat(signIn(username, "fel-lösenord-igen-" + i, from)).as("failure %d after success", i + 1)
                    .isEqualTo("/login?error");
        }
        assertThat(signIn(username, Fixtures.PASSWORD, from)).isEqualTo("/centres");
    }

    @Test
    void oneAddressTryingManyAccountsIsSlowedAndThenRefusedForEveryAccount() throws Exception {
        String address = nextAddress();
        RequestPostProcessor from = from(address);
        for (int i = 0; i < 20; i++) {
            assertThat(signIn("gissning-" + i + "-" + System.nanoTime(), "fel-lösenord", from))
                    .as("failure %d", i + 1).isEqualTo("/login?error");
        }
        assertThat(jdbc.sql("""
                        select failures || ' ' || extract(epoch from blocked_until - last_failure_at)
                        from sign_in_throttle where kind = 'ADDRESS' and key = :address""")
                .param("address", address).query(String.class).single())
                .as("the 20th failure makes the address wait a second").isEqualTo("20 1.000000");
        // as if the next nine failures had come, each after its wait
        jdbc.sql("update sign_in_throttle set failures = 29, blocked_until = null where kind = 'ADDRESS' and key = :address")
                .param("address", address).update();
        assertThat(signIn("gissning-30-" + System.nanoTime(), "fel-lösenord", from)).isEqualTo("/login?error");

        String username = fixtures.account();
        assertThat(signIn(username, Fixtures.PASSWORD, from)).as("a right password from the address").isEqualTo("/login?throttled");
        assertThat(signIn(username, Fixtures.PASSWORD, address())).as("the same from another address").isEqualTo("/centres");
    }

    @Test
    void httpBasicIsLimitedTooWithRetryAfter() throws Exception {
        String username = fixtures.account();
        RequestPostProcessor from = address();
        for (int i = 0; i < 5; i++) {
            assertThat(basic(username, "fel-lösenord-" + i, from).getStatus()).isEqualTo(401);
        }
        MockHttpServletResponse refused = basic(username, Fixtures.PASSWORD, from);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                .contains("För många misslyckade inloggningar. Vänta en stund och försök igen.");
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 5L);
        assertThat(basic(username, Fixtures.PASSWORD, address()).getStatus()).as("the account waits, from anywhere")
                .isEqualTo(429);
        assertThat(basic(fixtures.account(), Fixtures.PASSWORD, from).getStatus()).as("another account from the address")
                .isEqualTo(200);
    }

    @Test
    void aDisabledAccountIsRefusedOverHttpBasic() throws Exception {
        String username = fixtures.account();
        jdbc.sql("update app_user set enabled = false where username = :username").param("username", username).update();
        MockHttpServletResponse response = basic(username, Fixtures.PASSWORD, address());
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(failures(username)).containsEntry("DISABLED", 1);
    }

    @Test
    void aBcryptHashStillSignsInAndIsReplacedByArgon2() throws Exception {
        String username = fixtures.account();
        jdbc.sql("update app_user set password_hash = :hash where username = :username")
                .param("hash", "{bcrypt}" + new BCryptPasswordEncoder().encode(Fixtures.PASSWORD))
                .param("username", username).update();

        assertThat(signIn(username, "x".repeat(100), address())).as("100 bytes against bcrypt").isEqualTo("/login?error");
        assertThat(hash(username)).startsWith("{bcrypt}");
        assertThat(signIn(username, Fixtures.PASSWORD, address())).isEqualTo("/centres");
        assertThat(hash(username)).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(signIn(username, Fixtures.PASSWORD, address())).isEqualTo("/centres");
    }

    @Test
    void aPasswordOfMoreThanSeventyTwoBytesIsSetAndSignsIn() throws Exception {
        String county = fixtures.account(Grant.countyAdmin());
        String username = "lang.losen" + System.nanoTime();
        String password = "Ett lösenord på över sjuttiotvå byte: å, ä och ö tar två byte var i UTF-8, så det här blir långt.";
        assertThat(password.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
        mvc.perform(post("/admin/users").with(csrf()).with(fixtures.as(county))
                .param("username", username).param("displayName", "Lång Lösensson").param("password", password));

        assertThat(signIn(username, password, address())).isEqualTo("/centres");
        String samePrefix = password.substring(0, password.length() - 1) + "!";
        assertThat(signIn(username, samePrefix, address())).as("differs only after 72 bytes").isEqualTo("/login?error");
    }

    @Test
    void theLoginPageExplainsEachOutcomeWithoutSayingWhetherTheAccountExists() throws Exception {
        assertThat(mvc.perform(get("/login").param("throttled", "")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8))
                .contains("För många misslyckade inloggningar. Vänta en stund och försök igen.");
        assertThat(mvc.perform(get("/login").param("unavailable", "")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8))
                .contains("Samverka kan inte nå databasen just nu. Försök igen om en stund.");
    }

    private String signIn(String username, String password, RequestPostProcessor from) throws Exception {
        return mvc.perform(post("/login").with(csrf()).with(from).param("username", username).param("password", password))
                .andReturn().getResponse().getRedirectedUrl();
    }

    private MockHttpServletResponse basic(String username, String password, RequestPostProcessor from) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return mvc.perform(get("/api/v1/centres").header("Authorization", "Basic " + credentials).with(from))
                .andReturn().getResponse();
    }

    private Map<String, Integer> failures(String username) {
        var failures = new LinkedHashMap<String, Integer>();
        jdbc.sql("select reason, count(*) from sign_in_failure where username = :username group by reason")
                .param("username", username.toLowerCase())
                .query(row -> {
                    failures.put(row.getString(1), row.getInt(2));
                });
        return failures;
    }

    private String hash(String username) {
        return jdbc.sql("select password_hash from app_user where username = :username").param("username", username)
                .query(String.class).single();
    }

    /** Requests from an address no other test uses. */
    static RequestPostProcessor address() {
        return from(nextAddress());
    }

    private static String nextAddress() {
        return "198.51.100." + ADDRESSES.incrementAndGet();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
