package se.samverka.notification;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.UnsupportedEncodingException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Sends the outbox's due mails when a mail server is configured ({@code spring.mail.host}); without one the mails stay
 * in the outbox. Each batch is taken with {@code FOR UPDATE SKIP LOCKED} in one transaction, so instances running at
 * the same time each take other rows and a row is marked sent in the transaction that sent it. A failed attempt is
 * tried again after 1, 2, 4 … minutes (at most 6 hours between tries); after {@value #MAX_ATTEMPTS} attempts the row
 * is FAILED and stays on the outbox page. Sent rows are deleted after {@link #KEEP_SENT}.
 */
@Component
class OutboxWorker {

    static final int MAX_ATTEMPTS = 12;
    static final int BATCH = 20;
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LONGEST_RETRY = Duration.ofHours(6);
    static final Duration KEEP_SENT = Duration.ofDays(90);
    /** Batches in one run at most, so that a run ends even while mails keep coming. */
    private static final int MAX_BATCHES = 50;

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    private record Row(long id, String recipient, String subject, String textBody, String htmlBody, int attempts) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ObjectProvider<JavaMailSender> senders;
    private final Clock clock;
    private final String from;

    OutboxWorker(JdbcClient jdbc, PlatformTransactionManager transactions, ObjectProvider<JavaMailSender> senders, Clock clock,
                 @Value("${samverka.notification.from:Samverka <samverka@localhost>}") String from) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.senders = senders;
        this.clock = clock;
        this.from = from;
    }

    /** Whether a mail server is configured, so that the outbox is being sent. */
    boolean sending() {
        return senders.getIfAvailable() != null;
    }

    @Scheduled(fixedDelayString = "${samverka.notification.send-interval:PT30S}", initialDelayString = "PT30S")
    void run() {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender != null) {
            send(sender);
        }
    }

    /** Sends what is due through {@code sender}; returns how many mails were sent. */
    int send(JavaMailSender sender) {
        int sent = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            int[] outcome = transactions.execute(status -> batch(sender));
            sent += outcome[0];
            if (outcome[1] < BATCH) {
                break;
            }
        }
        jdbc.sql("delete from mail_outbox where status = 'SENT' and sent_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(KEEP_SENT)))
                .update();
        return sent;
    }

    /** Returns {sent, taken}. */
    private int[] batch(JavaMailSender sender) {
        Instant now = clock.instant();
        List<Row> rows = jdbc.sql("""
                        select id, recipient, subject, text_body, html_body, attempts from mail_outbox
                        where status = 'PENDING' and next_attempt_at <= :now
                        order by next_attempt_at, id limit :batch
                        for update skip locked""")
                .param("now", Timestamp.from(now))
                .param("batch", BATCH)
                .query(Row.class).list();
        int sent = 0;
        for (Row row : rows) {
            try {
                sender.send(message(sender, row, now));
                jdbc.sql("update mail_outbox set status = 'SENT', sent_at = :now, attempts = attempts + 1, last_error = null where id = :id")
                        .param("now", Timestamp.from(now))
                        .param("id", row.id())
                        .update();
                sent++;
            } catch (MailException | MessagingException | UnsupportedEncodingException e) {
                int attempts = row.attempts() + 1;
                log.warn("Mail {} not sent (attempt {}): {}", row.id(), attempts, e.getMessage());
                jdbc.sql("""
                                update mail_outbox set attempts = :attempts, status = :status, next_attempt_at = :next,
                                last_error = :error where id = :id""")
                        .param("attempts", attempts)
                        .param("status", attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING")
                        .param("next", Timestamp.from(now.plus(backoff(attempts))))
                        .param("error", error(e))
                        .param("id", row.id())
                        .update();
            }
        }
        return new int[]{sent, rows.size()};
    }

    /** The wait after the given number of failed attempts: 1 minute, doubled each time, at most 6 hours. */
    static Duration backoff(int attempts) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
    }

    private MimeMessage message(JavaMailSender sender, Row row, Instant now)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = sender.createMimeMessage();
        message.setFrom(InternetAddress.parse(from, true)[0]);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(row.recipient(), true));
        message.setSubject(row.subject(), "UTF-8");
        message.setSentDate(Date.from(now));
        message.setHeader("Auto-Submitted", "auto-generated");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(row.textBody(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(row.htmlBody(), "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        return message;
    }

    private static String error(Exception e) {
        String text = e.getClass().getSimpleName() + ": " + e.getMessage();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
