package se.samverka.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a centre's signed local cooperation agreement in force says about meetings, for the modules that
 * follow them up (R9, R11.1c).
 *
 * @param meetingHoursPerMonth    hours per month for cooperation meetings of all parties, or null
 * @param steeringMeetingsPerYear how often the steering group meets per year, or null
 */
public record CooperationTerms(long agreementId, LocalDate startsOn, LocalDate endsOn, BigDecimal meetingHoursPerMonth,
                               Integer steeringMeetingsPerYear) {
}
