package se.samverka.meeting;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.identity.MailRecipients;
import se.samverka.identity.MailRecipients.Recipient;
import se.samverka.platform.Refusal;
import se.samverka.platform.Texts;
import se.samverka.rules.RB3e;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Scheduling meetings and writing their minutes. Does not authorise: the pages decide first. Attendees'
 * action-point owners' and the adjuster's names are personal data, so reading them is audited.
 */
@Service
class MeetingWork {

    static final String AUDIT_TYPE = "meeting";
    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final Meetings meetings;
    private final MinuteCorrections corrections;
    private final AuditLog audit;
    private final Clock clock;
    private final Texts texts;
    private final ApplicationEventPublisher publisher;
    private final MailRecipients accounts;

    MeetingWork(Meetings meetings, MinuteCorrections corrections, AuditLog audit, Clock clock, Texts texts,
                ApplicationEventPublisher publisher, MailRecipients accounts) {
        this.meetings = meetings;
        this.corrections = corrections;
        this.audit = audit;
        this.clock = clock;
        this.texts = texts;
        this.publisher = publisher;
        this.accounts = accounts;
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(SWEDEN));
    }

    @Transactional
    public long schedule(Meeting meeting) {
        long id = meetings.save(meeting).id();
        audit.record(AuditAction.CREATE, AUDIT_TYPE, id, "möte planerat: " + texts.message("meeting.kind." + meeting.kind().name()));
        return id;
    }

    /** A series of meetings, all or none; the ids in order. */
    @Transactional
    public List<Long> schedule(List<Meeting> series) {
        return series.stream().map(this::schedule).toList();
    }

    /** The meeting with its names; the read is audited when there are any. */
    @Transactional
    public Optional<Meeting> read(long id) {
        Optional<Meeting> meeting = meetings.findById(id);
        meeting.filter(Meeting::hasPersonalData).ifPresent(m -> audit.read(AUDIT_TYPE, id, "deltagare och protokoll"));
        return meeting;
    }

    /** Which centre the meeting belongs to; no personal data, not audited. */
    @Transactional(readOnly = true)
    public Optional<Long> centreOf(long id) {
        return meetings.findById(id).map(Meeting::centreId);
    }

    /** A centre's meetings, for lists and follow-up that show no names; not audited. */
    @Transactional(readOnly = true)
    public List<Meeting> of(long centreId) {
        return meetings.findByCentreIdOrderByStartsAtAscIdAsc(centreId);
    }

    @Transactional
    public void attend(long id, Attendee attendee, boolean midwifeCoLocated, int expectedVersion) {
        Meeting meeting = find(id);
        meeting.attend(attendee, RB3e.RULE.mayInvite(attendee.operation(), meeting.premisesMatters(), midwifeCoLocated),
                expectedVersion);
        meetings.save(meeting);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, "deltagare tillagd: " + texts.operation(attendee.operation()));
    }

    @Transactional
    public void record(long id, MinuteItem item, int expectedVersion) {
        Meeting meeting = find(id);
        meeting.record(item, expectedVersion);
        meetings.save(meeting);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, "protokollspunkt § " + meeting.items().size());
    }

    @Transactional
    public void act(long id, ActionPoint action, int expectedVersion) {
        Meeting meeting = find(id);
        meeting.act(action, expectedVersion);
        meetings.save(meeting);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, "åtgärdspunkt tillagd");
        publisher.publishEvent(new ActionPointAssigned(id, meeting.centreId(), meeting.kind(),
                meeting.startsAt().toLocalDate(), action.owner(), action.dueOn()));
    }

    @Transactional
    public void settle(long id, int index, boolean done, int expectedVersion) {
        Meeting meeting = find(id);
        meeting.settle(index, done, expectedVersion);
        meetings.save(meeting);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, "åtgärdspunkt " + (index + 1) + (done ? " klar" : " öppen"));
    }

    @Transactional
    public void remove(long id, MeetingPart part, int index, int expectedVersion) {
        Meeting meeting = find(id);
        int number = part == MeetingPart.ITEM && meeting.item(index).isPresent() ? meeting.number(index) : index + 1;
        if (part == MeetingPart.ITEM && corrections.findByMeetingIdOrderByItemKeyAscIdAsc(id).stream()
                .anyMatch(c -> c.itemKey() == index)) {
            throw new Refusal("meeting.refused.item-corrected");
        }
        meeting.remove(part, index, expectedVersion);
        meetings.save(meeting);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, switch (part) {
            case ATTENDEE -> "deltagare " + number + " borttagen";
            case ITEM -> "protokollspunkt § " + number + " borttagen";
            case ACTION -> "åtgärdspunkt " + number + " borttagen";
        });
    }

    @Transactional
    public void approve(long id, String adjuster, String by, int expectedVersion) {
        Meeting meeting = find(id);
        meeting.approve(adjuster, by, clock.instant(), expectedVersion);
        meetings.save(meeting);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, "protokollet justerat och låst");
    }

    /**
     * Sends the minutes for adjusting to the present attendee {@code attendee}, who must have exactly one account of
     * the centre's steering group or coordinators by that name (as the notices find people); they are told by mail.
     */
    @Transactional
    public void askAdjustment(long id, String attendee, int expectedVersion) {
        Meeting meeting = find(id);
        Recipient account = account(meeting.centreId(), attendee)
                .orElseThrow(() -> new Refusal("meeting.refused.adjuster-no-account"));
        meeting.askAdjustment(attendee, account.username(), clock.instant(), expectedVersion);
        meetings.save(meeting);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, "protokollet skickat för justering");
        publisher.publishEvent(new MinutesSentForAdjusting(id, meeting.centreId(), meeting.kind(),
                meeting.startsAt().toLocalDate(), account.username()));
    }

    /** The one account of the centre's steering group or coordinators that a name in its minutes means, if one. */
    @Transactional(readOnly = true)
    public Optional<Recipient> account(long centreId, String name) {
        return accounts(centreId).apply(name);
    }

    /** For many names of one centre's minutes, each the one account it means, if one: the accounts read once. */
    @Transactional(readOnly = true)
    public Function<String, Optional<Recipient>> accounts(long centreId) {
        List<Recipient> atCentre = accounts.atCentre(centreId);
        return name -> {
            List<Recipient> named = MailRecipients.named(atCentre, name);
            return named.size() == 1 ? Optional.of(named.getFirst()) : Optional.empty();
        };
    }

    @Transactional
    public void correct(long id, int itemKey, String text, String by) {
        Meeting meeting = find(id);
        if (meeting.item(itemKey).isEmpty()) {
            throw new Refusal("meeting.refused.no-such-item");
        }
        corrections.save(new Correction(null, id, itemKey, text, by, clock.instant()));
        audit.record(AuditAction.CREATE, AUDIT_TYPE, id, "rättelse av § " + meeting.number(itemKey));
    }

    @Transactional(readOnly = true)
    public List<Correction> corrections(long id) {
        return corrections.findByMeetingIdOrderByItemKeyAscIdAsc(id);
    }

    private Meeting find(long id) {
        return meetings.findById(id).orElseThrow(() -> Refusal.absent("meeting.refused.no-such-meeting"));
    }
}
