package se.samverka.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The mails to send, written in the transaction of the change that causes them (V16_2). */
@Repository
class Outbox {

    /** A row as the county administrator sees it on the outbox page. */
    record Entry(long id, String recipient, String kind, String subject, String status, int attempts,
                 Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Outbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void add(String recipient, String kind, Mail mail) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        insert into mail_outbox (recipient, kind, subject, text_body, html_body, next_attempt_at, created_at)
                        values (:recipient, :kind, :subject, :text, :html, :now, :now)""")
                .param("recipient", recipient)
                .param("kind", kind)
                .param("subject", mail.subject())
                .param("text", mail.text())
                .param("html", mail.html())
                .param("now", now)
                .update();
    }

    /** The latest rows, newest first. */
    List<Entry> latest(int limit) {
        return jdbc.sql("""
                        select id, recipient, kind, subject, status, attempts, created_at, next_attempt_at, sent_at, last_error
                        from mail_outbox order by created_at desc, id desc limit :limit""")
                .param("limit", limit)
                .query((rs, row) -> new Entry(rs.getLong("id"), rs.getString("recipient"), rs.getString("kind"),
                        rs.getString("subject"), rs.getString("status"), rs.getInt("attempts"),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("next_attempt_at").toInstant(),
                        rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant(),
                        rs.getString("last_error")))
                .list();
    }

    /** How many rows have each status. */
    java.util.Map<String, Long> counts() {
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (String status : List.of("PENDING", "SENT", "FAILED")) {
            counts.put(status, 0L);
        }
        jdbc.sql("select status, count(*) from mail_outbox group by status")
                .query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }
}
