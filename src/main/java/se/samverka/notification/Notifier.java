package se.samverka.notification;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import se.samverka.agreement.AgreementKind;
import se.samverka.agreement.AgreementSealed;
import se.samverka.agreement.AgreementSent;
import se.samverka.agreement.AgreementSigned;
import se.samverka.centre.CentreRegistry;
import se.samverka.centre.CentreView;
import se.samverka.identity.MailRecipients;
import se.samverka.identity.MailRecipients.Recipient;
import se.samverka.meeting.ActionPointAssigned;
import se.samverka.meeting.ActionPointsDue;
import se.samverka.meeting.MeetingKind;
import se.samverka.meeting.MinutesSentForAdjusting;
import se.samverka.platform.PublicBaseUrl;
import se.samverka.todo.TodoItem;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns what the agreement and meeting modules publish into notices, in the transaction of the change (before it
 * commits), so a change that is rolled back leaves no mail and no digest line. Each notice goes to the outbox, to the
 * user's weekly digest or nowhere, as the user chose; accounts without an e-mail address get none.
 */
@Component
class Notifier {

    static final DateTimeFormatter SWEDISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", MailTemplates.SWEDISH);

    private final MailRecipients recipients;
    private final Preferences preferences;
    private final Outbox outbox;
    private final MailTemplates templates;
    private final CentreRegistry centres;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String baseUrl;

    Notifier(MailRecipients recipients, Preferences preferences, Outbox outbox, MailTemplates templates,
             CentreRegistry centres, JdbcClient jdbc, Clock clock,
             PublicBaseUrl baseUrl) {
        this.recipients = recipients;
        this.preferences = preferences;
        this.outbox = outbox;
        this.templates = templates;
        this.centres = centres;
        this.jdbc = jdbc;
        this.clock = clock;
        this.baseUrl = baseUrl.withoutRequest();
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(AgreementSent sent) {
        String agreement = agreement(sent.kind(), sent.number());
        String centre = centreName(sent.centreId());
        String sender = recipients.byUsername(sent.sentBy()).map(Recipient::displayName).orElse(sent.sentBy());
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(templates.message("notification.signing-request.body", sender, agreement, centre));
        if (sent.startsOn() != null && sent.startsOn().isAfter(today())) {
            paragraphs.add(templates.message("notification.signing-request.deadline", date(sent.startsOn())));
        }
        paragraphs.add(templates.message("notification.signing-request.how"));
        Notice notice = new Notice(NotificationKind.SIGNING_REQUEST,
                templates.message("notification.signing-request.subject", agreement, centre), paragraphs,
                agreementLink(sent.agreementId()), templates.message("notification.signing-request.link"));
        sent.signatories().stream().distinct()
                .forEach(username -> recipients.byUsername(username).ifPresent(r -> deliver(r, notice)));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(AgreementSigned signed) {
        String agreement = agreement(signed.kind(), signed.number());
        String centre = centreName(signed.centreId());
        List<String> paragraphs = List.of(
                templates.message("notification.party-signed.body", signed.signatoryName(), signed.party(), agreement,
                        centre),
                templates.message(signed.complete() ? "notification.party-signed.all" : "notification.party-signed.waiting"));
        recipients.byUsername(signed.sentBy()).ifPresent(r -> deliver(r, new Notice(NotificationKind.PARTY_SIGNED,
                templates.message("notification.party-signed.subject", signed.party(), agreement, centre), paragraphs,
                agreementLink(signed.agreementId()), templates.message("notification.agreement.link"))));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(AgreementSealed sealed) {
        String agreement = agreement(sealed.kind(), sealed.number());
        String centre = centreName(sealed.centreId());
        recipients.byUsername(sealed.sentBy()).ifPresent(r -> deliver(r, new Notice(NotificationKind.AGREEMENT_SEALED,
                templates.message("notification.sealed.subject", agreement, centre),
                List.of(templates.message("notification.sealed.body", agreement, centre)),
                agreementLink(sealed.agreementId()), templates.message("notification.agreement.link"))));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(ActionPointAssigned assigned) {
        owner(assigned.centreId(), assigned.owner()).ifPresent(r -> deliver(r, actionPoint(
                NotificationKind.ACTION_POINT_ASSIGNED, assigned.meetingId(), assigned.centreId(),
                assigned.meetingKind(), assigned.meetingDate(), assigned.dueOn())));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(MinutesSentForAdjusting sent) {
        String meeting = templates.message("notification.meeting." + sent.meetingKind().name(), date(sent.meetingDate()));
        String centre = centreName(sent.centreId());
        recipients.byUsername(sent.adjusterUsername()).ifPresent(r -> deliver(r, new Notice(
                NotificationKind.MINUTES_TO_ADJUST, templates.message("notification.adjust.subject", centre),
                List.of(templates.message("notification.adjust.body", meeting, centre)),
                baseUrl + "/meetings/" + sent.meetingId(), templates.message("notification.meeting.link"))));
    }

    /** Reminds the owner of an open action point due on {@code due}, once per point and due date. */
    void remind(ActionPointsDue.Due due) {
        int inserted = jdbc.sql("""
                        insert into notification_action_point_reminder (meeting_id, position, due_on)
                        values (:meeting, :position, :due) on conflict do nothing""")
                .param("meeting", due.meetingId())
                .param("position", due.position())
                .param("due", due.dueOn())
                .update();
        if (inserted == 1) {
            owner(due.centreId(), due.owner()).ifPresent(r -> deliver(r, actionPoint(NotificationKind.ACTION_POINT_DUE,
                    due.meetingId(), due.centreId(), due.meetingKind(), due.meetingDate(), due.dueOn())));
        }
    }

    /**
     * Reminds a person of an item of their to-do list that falls due in a few days, once per person, item and due
     * date.
     */
    void remind(Recipient recipient, TodoItem item) {
        String what = templates.message(item.text());
        int inserted = jdbc.sql("""
                        insert into notification_deadline_reminder (app_user_id, item, due_on)
                        values (:user, :item, :due) on conflict do nothing""")
                .param("user", recipient.id())
                .param("item", once(item))
                .param("due", item.dueOn())
                .update();
        if (inserted == 0) {
            return;
        }
        String centre = item.centreName() == null ? templates.message("todo.no-centre") : item.centreName();
        deliver(recipient, new Notice(NotificationKind.DEADLINE_DUE,
                templates.message("notification.deadline.subject", centre, date(item.dueOn())),
                List.of(templates.message("notification.deadline.body", what, centre, date(item.dueOn()))),
                baseUrl + (item.path() == null ? "/att-gora" : item.path()),
                templates.message("notification.deadline.link")));
    }

    /**
     * What makes an item the same item on another day: its centre, what it is about and where to act, and the terms
     * among its arguments (which check, which agreement), not its counts, which change as the day's work is done.
     */
    private static String once(TodoItem item) {
        return item.centreId() + " " + item.message() + " " + item.path() + item.arguments().stream()
                .filter(MessageSourceResolvable.class::isInstance)
                .map(a -> " " + String.join("/", ((MessageSourceResolvable) a).getCodes()))
                .collect(Collectors.joining());
    }

    private Notice actionPoint(NotificationKind kind, long meetingId, long centreId, MeetingKind meetingKind,
                               LocalDate meetingDate, LocalDate dueOn) {
        String key = kind == NotificationKind.ACTION_POINT_DUE ? "notification.action-due" : "notification.action-assigned";
        String meeting = templates.message("notification.meeting." + meetingKind.name(), date(meetingDate));
        String centre = centreName(centreId);
        return new Notice(kind, templates.message(key + ".subject", centre, date(dueOn)),
                List.of(templates.message(key + ".body", meeting, centre, date(dueOn))),
                baseUrl + "/meetings/" + meetingId, templates.message("notification.meeting.link"));
    }

    /** The one account of the centre's steering group or coordinators whom the typed owner names, if exactly one. */
    private Optional<Recipient> owner(long centreId, String owner) {
        List<Recipient> named = recipients.atCentreNamed(centreId, owner);
        return named.size() == 1 ? Optional.of(named.getFirst()) : Optional.empty();
    }

    private void deliver(Recipient recipient, Notice notice) {
        if (!recipient.reachable()) {
            return;
        }
        switch (preferences.of(recipient.id(), notice.kind())) {
            case IMMEDIATELY -> outbox.add(recipient.email(), notice.kind().name(), templates.notice(notice));
            case DIGEST -> jdbc.sql("""
                            insert into notification_digest_item (app_user_id, kind, summary, link, created_at)
                            values (:user, :kind, :summary, :link, :now)""")
                    .param("user", recipient.id())
                    .param("kind", notice.kind().name())
                    .param("summary", notice.subject())
                    .param("link", notice.link())
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
            case OFF -> {
            }
        }
    }

    private String agreement(AgreementKind kind, int number) {
        return templates.message("notification.agreement." + kind.name(), number);
    }

    private String centreName(long centreId) {
        return centres.view(centreId).map(CentreView::name).orElseThrow();
    }

    private String agreementLink(long id) {
        return baseUrl + "/agreements/" + id;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Stockholm")));
    }

    static String date(LocalDate date) {
        return SWEDISH_DATE.format(date);
    }
}