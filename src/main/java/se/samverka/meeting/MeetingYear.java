package se.samverka.meeting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A centre's meetings held in one calendar year against what its local cooperation agreement set, as other modules
 * read it (the activity report). No names: only kinds, dates, hours, whether the midwife clinic was there, how many
 * decisions, and whether the minutes are approved.
 *
 * @param meetings              the meetings held (ended), in the order they were held
 * @param months                each month of the year that has begun, with the cooperation-meeting hours held and
 *                              agreed (R9)
 * @param steeringAgreedPerYear the steering group's meetings per year in the last agreement in force during the
 *                              year so far, or null when none was or it sets none (R11.1c)
 * @param midwifeSpring         hours a midwife attended cooperation meetings January–June (RB3c)
 * @param midwifeAutumn         the same July–December
 */
public record MeetingYear(int year, List<HeldMeeting> meetings, List<Month> months, Integer steeringAgreedPerYear,
                          BigDecimal midwifeSpring, BigDecimal midwifeAutumn) {

    public MeetingYear {
        meetings = List.copyOf(meetings);
        months = List.copyOf(months);
    }

    /**
     * @param decisions how many items of the minutes record a decision
     * @param approved  whether an adjuster has approved (and so locked) the minutes
     */
    public record HeldMeeting(MeetingKind kind, LocalDate date, BigDecimal hours, boolean midwifeAttended,
                              int decisions, boolean approved) {
    }

    /**
     * @param agreed the hours per month for cooperation meetings in the agreement in force that month, or null when
     *               none is in force or it sets none
     */
    public record Month(YearMonth month, BigDecimal held, BigDecimal agreed) {
    }

    public int steeringHeld() {
        return (int) meetings.stream().filter(m -> m.kind() == MeetingKind.STEERING_GROUP).count();
    }

    /** Cooperation-meeting hours held in the year. */
    public BigDecimal cooperationHours() {
        return months.stream().map(Month::held).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Cooperation-meeting hours agreed for the months an agreement set them. */
    public BigDecimal agreedHours() {
        return months.stream().map(Month::agreed).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether an agreement set hours for any month of the year. */
    public boolean hoursAgreed() {
        return months.stream().anyMatch(m -> m.agreed() != null);
    }
}
