package se.samverka.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the parties fill in besides free text. Cooperation agreements use the term, notice, meeting and
 * optional-section fields; usage-right agreements the term, notice, premises and compensation fields.
 *
 * @param endsOn            null for a usage right "tills vidare"
 * @param userSharePercent  the user's share of the centre's premises (Bilaga 2 §2), for RB1a
 * @param compensationOre   the compensation to the grantor per {@code compensationPeriod}, in öre
 */
record Terms(LocalDate startsOn, LocalDate endsOn, Integer extensionMonths, int noticeMonths,
             BigDecimal meetingHoursPerMonth, Integer steeringMeetingsPerYear, boolean sharedPremises,
             boolean fireSafety, boolean threatsAndViolence, boolean insurance, String premises,
             BigDecimal userSharePercent, Long compensationOre, CompensationPeriod compensationPeriod) {

    static final int DEFAULT_NOTICE_MONTHS = 6;

    Terms {
        if (noticeMonths < 1 || noticeMonths > 120) {
            throw new IllegalArgumentException("notice months 1–120");
        }
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("ends before it starts");
        }
    }
}
