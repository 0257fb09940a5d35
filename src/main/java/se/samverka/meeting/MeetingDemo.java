package se.samverka.meeting;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.R9;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The demo's meetings, made through the service: a cooperation meeting on the first Wednesday of every month of
 * this term and the steering group's meetings this year, those already held with approved minutes, and the next
 * of each ahead.
 */
@Component
@Profile("demo")
public class MeetingDemo {

    private static final List<Attendee> COOPERATION_ATTENDEES = List.of(
            new Attendee(BaseOperation.MIDWIFE_CLINIC, "Sara Holm", true),
            new Attendee(BaseOperation.CHILD_HEALTH, "Karin Ali", true),
            new Attendee(BaseOperation.OPEN_PRESCHOOL, "Eva Lund", true),
            new Attendee(BaseOperation.PREVENTIVE_SOCIAL_SERVICES, "Omar Nilsson", true));
    private static final List<Attendee> STEERING_ATTENDEES = List.of(
            new Attendee(BaseOperation.MIDWIFE_CLINIC, "Anna Berg", true),
            new Attendee(BaseOperation.CHILD_HEALTH, "Karim Haddad", true),
            new Attendee(BaseOperation.OPEN_PRESCHOOL, "Lena Ek", true),
            new Attendee(BaseOperation.PREVENTIVE_SOCIAL_SERVICES, "Johan Svensson", true));

    private final MeetingWork work;
    private final Meetings meetings;

    MeetingDemo(MeetingWork work, Meetings meetings) {
        this.work = work;
        this.meetings = meetings;
    }

    @Transactional
    public void hold(long centreId, String adjuster) {
        LocalDate today = work.now().toLocalDate();
        YearMonth month = YearMonth.from(R9.termStart(today));
        for (; !month.isAfter(YearMonth.from(today).plusMonths(1)); month = month.plusMonths(1)) {
            LocalDate day = month.atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.WEDNESDAY));
            boolean midwife = month.getMonthValue() % 2 == 0;
            long id = work.schedule(Meeting.schedule(centreId, MeetingKind.COOPERATION, day.atTime(13, 0),
                    day.atTime(15, 0), "Samtalsrummet", false,
                    List.of("Föräldragrupper", "Veckans öppna verksamhet", "Övriga frågor")));
            if (day.isBefore(today)) {
                minutes(id, midwife ? COOPERATION_ATTENDEES : COOPERATION_ATTENDEES.subList(1, 4), List.of(
                        MinuteItem.of("Mötet öppnas.", null),
                        MinuteItem.of("Föräldragrupperna: anmälningarna och vem som håller i träffarna.",
                                "Öppna förskolan och BVC håller i nästa grupp tillsammans."),
                        MinuteItem.of("Inga övriga frågor.", null)), day, adjuster);
            }
        }
        for (int monthOfYear : new int[]{2, 5, 9, 11}) {
            LocalDate day = LocalDate.of(today.getYear(), monthOfYear, 1)
                    .with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
            long id = work.schedule(Meeting.schedule(centreId, MeetingKind.STEERING_GROUP, day.atTime(9, 0),
                    day.atTime(11, 0), "Konferensrummet, Angereds Torg 5", monthOfYear == 9,
                    List.of("Verksamhetsplanens uppföljning", "Ekonomi", monthOfYear == 9 ? "Lokalfrågor" : "Övriga frågor")));
            if (day.isBefore(today)) {
                minutes(id, STEERING_ATTENDEES, List.of(
                        MinuteItem.of("Samordnaren redovisar uppföljningen av verksamhetsplanens mål.",
                                "Styrgruppen lägger redovisningen till handlingarna."),
                        MinuteItem.of("De gemensamma kostnaderna hittills i år.", null)), day, adjuster);
            }
        }
    }

    private void minutes(long id, List<Attendee> attendees, List<MinuteItem> items, LocalDate day, String adjuster) {
        for (Attendee attendee : attendees) {
            work.attend(id, attendee, true, version(id));
        }
        for (MinuteItem item : items) {
            work.record(id, item, version(id));
        }
        work.act(id, new ActionPoint("Skicka ut inbjudan till nästa föräldragrupp.", "Eva Lund", day.plusWeeks(3),
                day.plusWeeks(3).isBefore(work.now().toLocalDate())), version(id));
        work.approve(id, "Karin Ali", adjuster, version(id));
    }

    private int version(long id) {
        return meetings.findById(id).orElseThrow().version();
    }
}
