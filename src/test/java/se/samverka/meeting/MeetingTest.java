package se.samverka.meeting;

import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import se.samverka.platform.Refusal;
import se.samverka.rules.BaseOperation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A meeting and its minutes on their own, without Spring or a database: items get stable keys and § numbers by
 * their place, approval needs an item and locks the minutes, and only an action point's status changes after it.
 */
class MeetingTest {

    private static final LocalDateTime STARTS = LocalDateTime.of(2026, 11, 3, 13, 0);
    private static final Instant APPROVED = Instant.parse("2026-11-04T09:00:00Z");

    @Test
    void aMeetingEndsAfterItStarts() {
        assertThatThrownBy(() -> Meeting.schedule(1, MeetingKind.COOPERATION, STARTS, STARTS, "Rummet", false,
                List.of())).isInstanceOf(IllegalArgumentException.class);
        Meeting meeting = meeting();
        assertThat(meeting.minutes()).isEqualTo(150);
        assertThat(meeting.heldBy(STARTS.plusHours(2))).isFalse();
        assertThat(meeting.heldBy(STARTS.plusMinutes(150))).isTrue();
        assertThat(meeting.agenda()).extracting(AgendaItem::text).containsExactly("Verksamhetsplan");
    }

    @Test
    void itemsGetKeysThatAreNeverReusedWhileTheirNumbersFollowTheirPlace() {
        Meeting meeting = meeting();
        meeting.record(MinuteItem.of("Skrivet av misstag.", null), 0);
        meeting.record(MinuteItem.of("Mötet öppnas.", null), 0);
        meeting.remove(MeetingPart.ITEM, 1, 0);
        meeting.record(MinuteItem.of("Föräldragrupper.", "Två grupper startar."), 0);
        assertThat(meeting.items()).extracting(MinuteItem::itemKey, MinuteItem::text)
                .containsExactly(tuple(2, "Mötet öppnas."), tuple(3, "Föräldragrupper."));
        assertThat(meeting.number(3)).isEqualTo(2);
        assertThat(meeting.item(1)).isEmpty();
        assertThatThrownBy(() -> meeting.remove(MeetingPart.ITEM, 1, 0)).isInstanceOf(Refusal.class)
                .hasMessage(MeetingPart.ITEM.missing());
        assertThatThrownBy(() -> meeting.number(1)).isInstanceOf(Refusal.class)
                .hasMessage("meeting.refused.no-such-item");
    }

    @Test
    void attendeesAndActionPointsAreTakenBackByTheirPlaceAndTheMidwifeOnlyWhenSheMayAttend() {
        Meeting meeting = meeting();
        meeting.attend(new Attendee(BaseOperation.CHILD_HEALTH, "Bo BVC", true), true, 0);
        meeting.attend(new Attendee(BaseOperation.OPEN_PRESCHOOL, "Ann Öf", false), true, 0);
        assertThatThrownBy(() -> meeting.attend(new Attendee(BaseOperation.MIDWIFE_CLINIC, "Bea BMM", true), false, 0))
                .isInstanceOf(Refusal.class).hasMessage("meeting.refused.midwife-premises");
        assertThat(meeting.attendedBy(BaseOperation.CHILD_HEALTH)).isTrue();
        assertThat(meeting.attendedBy(BaseOperation.OPEN_PRESCHOOL)).isFalse();
        assertThat(meeting.invites(BaseOperation.OPEN_PRESCHOOL)).isTrue();
        meeting.remove(MeetingPart.ATTENDEE, 0, 0);
        assertThat(meeting.attendees()).extracting(Attendee::name).containsExactly("Ann Öf");
        assertThatThrownBy(() -> meeting.remove(MeetingPart.ACTION, 0, 0)).isInstanceOf(Refusal.class)
                .hasMessage(MeetingPart.ACTION.missing());
        assertThat(meeting.hasPersonalData()).isTrue();
    }

    @Test
    void approvalNeedsAnItemAndLocksTheMinutesButNotTheActionPointsStatus() {
        Meeting meeting = meeting();
        assertThatThrownBy(() -> meeting.approve("Jens Justerare", "samordnare", APPROVED, 0))
                .isInstanceOf(Refusal.class).hasMessage("meeting.refused.no-items");
        meeting.attend(new Attendee(BaseOperation.CHILD_HEALTH, "Bo BVC", true), true, 0);
        meeting.record(MinuteItem.of("Mötet öppnas.", null), 0);
        meeting.act(new ActionPoint("Boka lokal", "Ann Öf", LocalDate.of(2027, 1, 15), false), 0);
        meeting.approve("Jens Justerare", "samordnare", APPROVED, 0);
        assertThat(meeting.locked()).isTrue();
        assertThat(meeting.approvedOn()).isEqualTo(LocalDate.of(2026, 11, 4));
        assertThat(meeting.adjuster()).isEqualTo("Jens Justerare");

        for (Runnable change : new Runnable[] {
                () -> meeting.record(MinuteItem.of("En till.", null), 0),
                () -> meeting.attend(new Attendee(BaseOperation.OPEN_PRESCHOOL, "Ann Öf", true), true, 0),
                () -> meeting.act(new ActionPoint("Mer", "Ann Öf", LocalDate.of(2027, 1, 15), false), 0),
                () -> meeting.remove(MeetingPart.ITEM, 1, 0),
                () -> meeting.remove(MeetingPart.ATTENDEE, 0, 0),
                () -> meeting.remove(MeetingPart.ACTION, 0, 0),
                () -> meeting.approve("Någon annan", "samordnare", APPROVED, 0),
                meeting::expectOpen}) {
            assertThatThrownBy(change::run).isInstanceOf(Refusal.class).hasMessage("meeting.refused.locked");
        }
        assertThat(meeting.items()).extracting(MinuteItem::text).containsExactly("Mötet öppnas.");
        assertThat(meeting.adjuster()).isEqualTo("Jens Justerare");

        meeting.settle(0, true, 0);
        assertThat(meeting.actions()).singleElement().satisfies(a -> assertThat(a.done()).isTrue());
        assertThatThrownBy(() -> meeting.settle(3, true, 0)).isInstanceOf(Refusal.class)
                .hasMessage("meeting.refused.no-such-action");
        assertThatThrownBy(() -> meeting.settle(0, false, 1)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void aStaleChangeIsRefusedAndTheMinutesHaveALimit() {
        Meeting meeting = meeting();
        assertThatThrownBy(() -> meeting.record(MinuteItem.of("x", null), 2))
                .isInstanceOf(OptimisticLockingFailureException.class);
        for (int i = 0; i < Meeting.MAX_ENTRIES; i++) {
            meeting.record(MinuteItem.of("Punkt " + i, null), 0);
        }
        assertThatThrownBy(() -> meeting.record(MinuteItem.of("En för mycket", null), 0))
                .isInstanceOf(Refusal.class).hasMessage("meeting.refused.too-many");
        assertThat(meeting.itemKeys()).isEqualTo(Meeting.MAX_ENTRIES);
    }

    @Test
    void minutesAreSentForAdjustingToOneWhoWasPresentAndThenOnlyTheOneAskedAdjustsThem() {
        Meeting meeting = meeting();
        meeting.attend(new Attendee(BaseOperation.CHILD_HEALTH, "Bo BVC", true), true, 0);
        meeting.attend(new Attendee(BaseOperation.OPEN_PRESCHOOL, "Ann Öf", false), true, 0);
        meeting.attend(new Attendee(BaseOperation.PREVENTIVE_SOCIAL_SERVICES, "Jens Justerare", true), true, 0);
        assertThatThrownBy(() -> meeting.askAdjustment("Bo BVC", "bo", APPROVED, 0))
                .isInstanceOf(Refusal.class).hasMessage("meeting.refused.no-items");
        meeting.record(MinuteItem.of("Mötet öppnas.", null), 0);
        assertThatThrownBy(() -> meeting.askAdjustment("Ann Öf", "ann", APPROVED, 0))
                .as("absent").isInstanceOf(Refusal.class).hasMessage("meeting.refused.adjuster-not-attendee");
        assertThatThrownBy(() -> meeting.askAdjustment("Någon Annan", "nagon", APPROVED, 0))
                .isInstanceOf(Refusal.class).hasMessage("meeting.refused.adjuster-not-attendee");
        assertThatThrownBy(() -> meeting.askAdjustment("Bo BVC", "bo", APPROVED, 1))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(meeting.awaitingAdjustment()).isFalse();
        assertThat(meeting.adjustmentAskedOf()).isNull();

        meeting.askAdjustment("Bo BVC", "bo", APPROVED, 0);
        meeting.askAdjustment("Jens Justerare", "jens", APPROVED.plusSeconds(3600), 0);
        assertThat(meeting.awaitingAdjustment()).isTrue();
        assertThat(meeting.adjustmentAskedOf()).isEqualTo("Jens Justerare");
        assertThat(meeting.adjustmentAskedAccount()).isEqualTo("jens");
        assertThat(meeting.adjustmentAskedOn()).isEqualTo(LocalDate.of(2026, 11, 4));
        assertThat(meeting.hasPersonalData()).isTrue();

        assertThatThrownBy(() -> meeting.approve("Bo BVC", "samordnare", APPROVED, 0))
                .isInstanceOf(Refusal.class).hasMessage("meeting.refused.adjuster-not-asked");
        assertThat(meeting.locked()).isFalse();
        meeting.approve("Jens Justerare", "samordnare", APPROVED, 0);
        assertThat(meeting.locked()).isTrue();
        assertThat(meeting.awaitingAdjustment()).isFalse();
        assertThatThrownBy(() -> meeting.askAdjustment("Bo BVC", "bo", APPROVED, 0))
                .isInstanceOf(Refusal.class).hasMessage("meeting.refused.locked");
        assertThat(meeting.adjustmentAskedOf()).isEqualTo("Jens Justerare");
    }

    private static Meeting meeting() {
        return Meeting.schedule(1, MeetingKind.COOPERATION, STARTS, STARTS.plusMinutes(150), "Konferensrummet", false,
                List.of("Verksamhetsplan"));
    }
}
