package se.samverka.audit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.samverka.SamverkaApplication;
import se.samverka.platform.Texts;
import se.samverka.support.IntegrationTest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --verify-audit-log}: the outcome in Swedish and the exit status, in this JVM and as its own process. */
@IntegrationTest
class AuditVerificationCommandTest {

    @Autowired
    AuditChain chain;
    @Autowired
    AuditVerificationReport report;
    @Autowired
    ApplicationContext context;
    @Autowired
    EmbeddedPostgres postgres;
    @Autowired
    Texts texts;

    @Test
    void aWholeChainPrintsItsLengthAndLastLinkAndExitsWithZero() {
        var out = new ByteArrayOutputStream();

        int status = new AuditVerificationCommand(chain, report, context, texts)
                .verify("", new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Hashkedjan är hel: alla ")
                .containsPattern("Kedjans senaste länk: nr [0-9]+, SHA-256 [0-9a-f]{64}");
    }

    @Test
    void aBrokenChainPrintsTheFirstBrokenLinkAndExitsWithOne() throws SQLException {
        var database = ScratchDatabase.migrated(postgres, "latest");
        database.append("nina", "READ", "user", "1", "första", null, "user", "1");
        long changed = database.append("nina", "READ", "user", "2", "andra", null, "user", "2");
        database.tamper("update audit_event set detail = 'ändrad' where id = ?", changed);
        var out = new ByteArrayOutputStream();

        int status = new AuditVerificationCommand(new AuditChain(database.superuser), report, context, texts)
                .verify(null, new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("Hashkedjan är bruten: 1 fel bland 2 kontrollerade poster.")
                .containsPattern("Första brutna länken: post " + changed + " \\(nr 2 i kedjan, skriven "
                        + "[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\\): innehållet stämmer inte med postens hash");
    }

    @Test
    void aNotedLinkIsCheckedAndOneThatCannotBeReadExitsWithTwo() {
        AuditChainVerification now = chain.verify();
        var out = new ByteArrayOutputStream();
        var command = new AuditVerificationCommand(chain, report, context, texts);

        assertThat(command.verify(now.lastPosition() + ":" + now.lastHash().toUpperCase(),
                new PrintStream(out, true, StandardCharsets.UTF_8))).isZero();
        assertThat(command.verify(now.lastPosition() + ":" + "0".repeat(64),
                new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("har inte den hash som antecknades för den");
        out.reset();
        assertThat(command.verify("12:abc", new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Skriv den antecknade länken som nummer, kolon");
    }

    @Test
    void theApplicationStartedWithTheOptionVerifiesAndExitsWithoutServingPages() throws Exception {
        Path output = Files.createTempFile("verify-audit-log", ".txt");
        Process process = new ProcessBuilder(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), SamverkaApplication.class.getName(),
                "--verify-audit-log", "--samverka.temporary=true", "--samverka.demo=false"))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean exited = process.waitFor(3, TimeUnit.MINUTES);
        if (!exited) {
            process.destroyForcibly();
        }
        String printed = Files.readString(output);

        assertThat(exited).as(printed).isTrue();
        assertThat(process.exitValue()).as(printed).isZero();
        assertThat(printed).contains("Hashkedjan är hel: alla 0 poster stämmer.", "Kedjans senaste länk: nr 0, SHA-256 "
                + "0".repeat(64)).doesNotContain("Tomcat started on port", "Started SamverkaApplication");
    }
}
