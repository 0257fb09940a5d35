package se.samverka.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverka.identity.MailRecipients;
import se.samverka.meeting.ActionPointsDue;
import se.samverka.platform.Jobs;
import se.samverka.todo.TodoList;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The notices that come from the calendar rather than from a change, on one instance at a time: reminders of action
 * points {@code samverka.notification.action-point-reminder-days} days before they fall due and of the dated items of
 * the to-do lists of the coordinators and steering groups {@code samverka.notification.deadline-reminder-days} days
 * before (daily), and each user's weekly digest of the notices they chose to have so (Monday mornings). All write to
 * the outbox.
 */
@Component
class ScheduledNotices {

    static final Jobs.Job REMINDERS = new Jobs.Job("notification-reminders", Duration.ofMinutes(10), Duration.ofMinutes(1));
    static final Jobs.Job DIGEST = new Jobs.Job("notification-digest", Duration.ofMinutes(30), Duration.ofMinutes(1));

    private record Item(long id, long appUserId, String kind, String summary, String link) {
    }

    private final Jobs jobs;
    private final ActionPointsDue due;
    private final Notifier notifier;
    private final MailRecipients recipients;
    private final MailTemplates templates;
    private final Outbox outbox;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int reminderDays;
    private final TodoList todo;
    private final int deadlineDays;

    ScheduledNotices(Jobs jobs, ActionPointsDue due, Notifier notifier, MailRecipients recipients,
                     MailTemplates templates, Outbox outbox, JdbcClient jdbc, PlatformTransactionManager transactions,
                     Clock clock, @Value("${samverka.notification.action-point-reminder-days:3}") int reminderDays,
                     TodoList todo, @Value("${samverka.notification.deadline-reminder-days:14}") int deadlineDays) {
        this.jobs = jobs;
        this.due = due;
        this.notifier = notifier;
        this.recipients = recipients;
        this.templates = templates;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
        this.reminderDays = reminderDays;
        this.todo = todo;
        this.deadlineDays = deadlineDays;
    }

    @Scheduled(cron = "${samverka.notification.reminder-cron:0 0 6 * * *}", zone = "Europe/Stockholm")
    Jobs.Outcome runReminders() {
        return jobs.runOnce(REMINDERS, () -> {
            remind();
            remindDeadlines();
        });
    }

    @Scheduled(cron = "${samverka.notification.digest-cron:0 0 7 * * MON}", zone = "Europe/Stockholm")
    Jobs.Outcome runDigest() {
        return jobs.runOnce(DIGEST, this::digest);
    }

    /** Reminds of the action points due in {@code reminderDays} days; each one once. */
    void remind() {
        LocalDate day = LocalDate.now(clock.withZone(ZoneId.of("Europe/Stockholm"))).plusDays(reminderDays);
        transactions.executeWithoutResult(status -> due.on(day).forEach(notifier::remind));
    }

    /**
     * Reminds each coordinator and steering-group member with an address of what on their to-do list falls due in
     * {@code deadlineDays} days; each item once. One person's list at a time, each in its own transaction.
     */
    void remindDeadlines() {
        LocalDate day = LocalDate.now(clock.withZone(ZoneId.of("Europe/Stockholm"))).plusDays(deadlineDays);
        for (MailRecipients.Recipient recipient : recipients.answeringForCentres()) {
            transactions.executeWithoutResult(status -> todo.of(recipient.username()).orElse(List.of()).stream()
                    .filter(item -> day.equals(item.dueOn()))
                    .forEach(item -> notifier.remind(recipient, item)));
        }
    }

    /** Writes one digest per user with waiting notices to the outbox and removes the notices, in one transaction. */
    void digest() {
        transactions.executeWithoutResult(status -> {
            List<Item> items = jdbc.sql("""
                            select id, app_user_id, kind, summary, link from notification_digest_item
                            order by app_user_id, id for update skip locked""")
                    .query(Item.class).list();
            items.stream().map(Item::appUserId).distinct().forEach(user -> recipients.byId(user)
                    .filter(MailRecipients.Recipient::reachable)
                    .ifPresent(r -> outbox.add(r.email(), "DIGEST", templates.digest(items.stream()
                            .filter(i -> i.appUserId() == user)
                            .map(i -> new MailTemplates.DigestItem(NotificationKind.valueOf(i.kind()), i.summary(), i.link()))
                            .toList()))));
            jdbc.sql("delete from notification_digest_item where id = any(:ids)")
                    .param("ids", items.stream().map(Item::id).toArray(Long[]::new))
                    .update();
        });
    }
}
