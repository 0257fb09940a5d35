package se.samverka.platform.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.SamverkaApplication;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Samverka has confirmed stays confirmed when PostgreSQL dies: writes committed through the application, then
 * every PostgreSQL process killed with SIGKILL right after the last commit returned, and the application started
 * again on the same data directory finds every one of them. With the test library's defaults (synchronous_commit
 * off) the last commits are still in PostgreSQL's memory when it dies, and are lost.
 */
class CrashDurabilityTest {

    private static final int WRITES = 300;

    @TempDir
    Path dataDir;

    @Test
    void everyConfirmedWriteSurvivesAKilledServer() throws Exception {
        List<String> confirmed = new ArrayList<>();
        try (ConfigurableApplicationContext running = start()) {
            AuditLog audit = running.getBean(AuditLog.class);
            JdbcClient jdbc = running.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select current_setting('synchronous_commit') || ' ' || current_setting('fsync') || ' '"
                    + " || current_setting('full_page_writes')").query(String.class).single()).isEqualTo("on on on");
            for (int i = 1; i <= WRITES; i++) {
                audit.record("durability-test", AuditAction.CREATE, "COST_ITEM", i, "confirmed write " + i);
                jdbc.sql("insert into sub_region (code, name) values (:code, :name)")
                        .param("code", "D" + i).param("name", "Durable " + i).update();
                confirmed.add("D" + i);
            }
            new PostgresServer(dataDir.resolve("postgres")).kill();
        }

        try (ConfigurableApplicationContext restarted = start()) {
            JdbcClient jdbc = restarted.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select code from sub_region where code like 'D%' order by length(code), code")
                    .query(String.class).list()).as("confirmed rows after the crash").containsExactlyElementsOf(confirmed);
            assertThat(jdbc.sql("select count(distinct object_id) from audit_event where actor = 'durability-test'")
                    .query(Long.class).single()).as("confirmed audit rows after the crash").isEqualTo(WRITES);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SamverkaApplication.class)
                .properties("samverka.data-dir=" + dataDir, "samverka.demo=false", "server.port=0",
                        "logging.level.io.zonky=WARN")
                .run();
    }
}
