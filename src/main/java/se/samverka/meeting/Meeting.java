package se.samverka.meeting;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import se.samverka.platform.Refusal;
import se.samverka.rules.BaseOperation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A meeting of a centre with its minutes. Times are local times in Europe/Stockholm. Once an adjuster has
 * approved the minutes the meeting is locked: nothing of it changes, corrections are kept beside it.
 */
@Table("meeting")
class Meeting {

    static final int MAX_ENTRIES = 100;

    @Id
    private Long id;
    private final long centreId;
    private final MeetingKind kind;
    private final LocalDateTime startsAt;
    private final LocalDateTime endsAt;
    private final String place;
    private final boolean premisesMatters;
    @MappedCollection(idColumn = "meeting_id", keyColumn = "position")
    private final List<AgendaItem> agenda;
    @MappedCollection(idColumn = "meeting_id", keyColumn = "position")
    private final List<Attendee> attendees;
    @MappedCollection(idColumn = "meeting_id", keyColumn = "position")
    private final List<MinuteItem> items;
    @MappedCollection(idColumn = "meeting_id", keyColumn = "position")
    private final List<ActionPoint> actions;
    /** How many item keys the meeting has given: the last item's key. */
    private int itemKeys;
    private String adjuster;
    private Instant approvedAt;
    private String approvedBy;
    private String adjustmentAskedOf;
    private String adjustmentAskedAccount;
    private Instant adjustmentAskedAt;
    @Version
    private int version;

    @PersistenceCreator
    Meeting(Long id, long centreId, MeetingKind kind, LocalDateTime startsAt, LocalDateTime endsAt, String place,
            boolean premisesMatters, List<AgendaItem> agenda, List<Attendee> attendees, List<MinuteItem> items,
            List<ActionPoint> actions, int itemKeys, String adjuster, Instant approvedAt, String approvedBy,
            String adjustmentAskedOf, String adjustmentAskedAccount, Instant adjustmentAskedAt, int version) {
        this.id = id;
        this.centreId = centreId;
        this.kind = Objects.requireNonNull(kind);
        this.startsAt = Objects.requireNonNull(startsAt);
        this.endsAt = Objects.requireNonNull(endsAt);
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("a meeting ends after it starts");
        }
        this.place = Objects.requireNonNull(place);
        this.premisesMatters = premisesMatters;
        this.agenda = new ArrayList<>(agenda);
        this.attendees = new ArrayList<>(attendees);
        this.items = new ArrayList<>(items);
        this.actions = new ArrayList<>(actions);
        this.itemKeys = itemKeys;
        this.adjuster = adjuster;
        this.approvedAt = approvedAt;
        this.approvedBy = approvedBy;
        this.adjustmentAskedOf = adjustmentAskedOf;
        this.adjustmentAskedAccount = adjustmentAskedAccount;
        this.adjustmentAskedAt = adjustmentAskedAt;
        this.version = version;
    }

    static Meeting schedule(long centreId, MeetingKind kind, LocalDateTime startsAt, LocalDateTime endsAt, String place,
                            boolean premisesMatters, List<String> agenda) {
        return new Meeting(null, centreId, kind, startsAt, endsAt, place, premisesMatters,
                agenda.stream().map(AgendaItem::new).toList(), List.of(), List.of(), List.of(), 0, null, null, null, null, null,
                null, 0);
    }

    void attend(Attendee attendee, boolean mayAttend, int expectedVersion) {
        open(expectedVersion);
        if (!mayAttend) {
            throw new Refusal("meeting.refused.midwife-premises");
        }
        room(attendees);
        attendees.add(attendee);
    }

    void record(MinuteItem item, int expectedVersion) {
        open(expectedVersion);
        room(items);
        items.add(item.keyed(++itemKeys));
    }

    void act(ActionPoint action, int expectedVersion) {
        open(expectedVersion);
        room(actions);
        actions.add(action);
    }

    /**
     * Marks an action point done or open again. The status is follow-up of the minutes, not their content, so it
     * changes after approval too.
     */
    void settle(int index, boolean done, int expectedVersion) {
        current(expectedVersion);
        actions.set(entry(actions, index, "meeting.refused.no-such-action"), actions.get(index).withDone(done));
    }

    /**
     * Takes back an attendee or an action point (by its place) or a minute item (by its key; later items get the §
     * numbers one lower) before approval.
     */
    void remove(MeetingPart part, int index, int expectedVersion) {
        open(expectedVersion);
        if (part == MeetingPart.ITEM) {
            if (!items.removeIf(i -> i.itemKey() == index)) {
                throw new Refusal(part.missing());
            }
            return;
        }
        List<?> list = switch (part) {
            case ATTENDEE -> attendees;
            case ITEM -> items;
            case ACTION -> actions;
        };
        list.remove(entry(list, index, part.missing()));
    }

    /**
     * Sends the written minutes for adjusting to one who was present, named as the minutes name them, whose account
     * is {@code account}. Asking again asks another (or the same) anew.
     */
    void askAdjustment(String attendee, String account, Instant at, int expectedVersion) {
        open(expectedVersion);
        if (items.isEmpty()) {
            throw new Refusal("meeting.refused.no-items");
        }
        if (!wasPresent(attendee)) {
            throw new Refusal("meeting.refused.adjuster-not-attendee");
        }
        this.adjustmentAskedOf = attendee;
        this.adjustmentAskedAccount = Objects.requireNonNull(account);
        this.adjustmentAskedAt = Objects.requireNonNull(at);
    }

    /** Once minutes are sent for adjusting, only the one asked adjusts them. */
    void approve(String adjuster, String by, Instant at, int expectedVersion) {
        open(expectedVersion);
        if (items.isEmpty()) {
            throw new Refusal("meeting.refused.no-items");
        }
        if (adjustmentAskedOf != null && !adjustmentAskedOf.equals(adjuster)) {
            throw new Refusal("meeting.refused.adjuster-not-asked");
        }
        this.adjuster = Objects.requireNonNull(adjuster);
        this.approvedBy = Objects.requireNonNull(by);
        this.approvedAt = Objects.requireNonNull(at);
    }

    private boolean wasPresent(String name) {
        return attendees.stream().anyMatch(a -> a.present() && a.name().equals(name));
    }

    private void open(int expectedVersion) {
        expectOpen();
        current(expectedVersion);
    }

    /** Refuses every change of the minutes once they are approved. */
    void expectOpen() {
        if (locked()) {
            throw new Refusal("meeting.refused.locked");
        }
    }

    private void current(int expectedVersion) {
        if (expectedVersion != version) {
            throw new OptimisticLockingFailureException("meeting changed meanwhile");
        }
    }

    private static int entry(List<?> list, int index, String missing) {
        if (index < 0 || index >= list.size()) {
            throw new Refusal(missing);
        }
        return index;
    }

    private static void room(List<?> list) {
        if (list.size() >= MAX_ENTRIES) {
            throw new Refusal("meeting.refused.too-many");
        }
    }

    public boolean locked() {
        return approvedAt != null;
    }

    /** Held once it has ended. */
    boolean heldBy(LocalDateTime now) {
        return !endsAt.isAfter(now);
    }

    long minutes() {
        return Duration.between(startsAt, endsAt).toMinutes();
    }

    boolean attendedBy(BaseOperation operation) {
        return attendees.stream().anyMatch(a -> a.operation() == operation && a.present());
    }

    boolean invites(BaseOperation operation) {
        return attendees.stream().anyMatch(a -> a.operation() == operation);
    }

    boolean hasPersonalData() {
        return !attendees.isEmpty() || !actions.isEmpty() || adjuster != null || adjustmentAskedOf != null;
    }

    public Long id() {
        return id;
    }

    public long centreId() {
        return centreId;
    }

    public MeetingKind kind() {
        return kind;
    }

    public LocalDateTime startsAt() {
        return startsAt;
    }

    public LocalDateTime endsAt() {
        return endsAt;
    }

    public String place() {
        return place;
    }

    public boolean premisesMatters() {
        return premisesMatters;
    }

    public List<AgendaItem> agenda() {
        return Collections.unmodifiableList(agenda);
    }

    public List<Attendee> attendees() {
        return Collections.unmodifiableList(attendees);
    }

    public List<MinuteItem> items() {
        return Collections.unmodifiableList(items);
    }

    public List<ActionPoint> actions() {
        return Collections.unmodifiableList(actions);
    }

    /** The item with this key, if the minutes have it. */
    java.util.Optional<MinuteItem> item(int key) {
        return items.stream().filter(i -> i.itemKey() == key).findFirst();
    }

    /** The item's § number: its place in the minutes, from 1. */
    int number(int key) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).itemKey() == key) {
                return i + 1;
            }
        }
        throw new Refusal("meeting.refused.no-such-item");
    }

    int itemKeys() {
        return itemKeys;
    }

    public String adjuster() {
        return adjuster;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    /** The day the minutes were approved, in Sweden; null before. */
    public java.time.LocalDate approvedOn() {
        return approvedAt == null ? null : approvedAt.atZone(MeetingWork.SWEDEN).toLocalDate();
    }

    public String approvedBy() {
        return approvedBy;
    }

    /** The attendee asked to adjust the minutes, as the minutes name them; null until the minutes are sent. */
    public String adjustmentAskedOf() {
        return adjustmentAskedOf;
    }

    public String adjustmentAskedAccount() {
        return adjustmentAskedAccount;
    }

    public Instant adjustmentAskedAt() {
        return adjustmentAskedAt;
    }

    /** The day the minutes were sent for adjusting, in Sweden; null before. */
    public LocalDate adjustmentAskedOn() {
        return adjustmentAskedAt == null ? null : adjustmentAskedAt.atZone(MeetingWork.SWEDEN).toLocalDate();
    }

    /** Sent for adjusting and not yet approved. */
    public boolean awaitingAdjustment() {
        return adjustmentAskedOf != null && !locked();
    }

    public int version() {
        return version;
    }
}
