package se.samverka.meeting;

import org.springframework.stereotype.Component;
import se.samverka.agreement.AgreementTerms;
import se.samverka.agreement.CooperationTerms;
import se.samverka.meeting.MeetingSummaries.Held;
import se.samverka.rules.Finding;
import se.samverka.rules.R11_1c;
import se.samverka.rules.R9;
import se.samverka.rules.RB3c;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * How a centre's held meetings compare with what it agreed: cooperation-meeting hours this month and this term
 * (R9), the midwife's hours this term (RB3c) and the steering group's meetings so far this year (R11.1c).
 * No personal data.
 */
@Component
class MeetingFollowUp {

    /**
     * @param agreedPerMonth   null when no agreement is in force or it sets no hours
     * @param agreedPerYear    null when no agreement is in force or it sets no frequency
     * @param agreement        whether a signed local cooperation agreement is in force
     */
    record FollowUp(boolean agreement, BigDecimal heldThisMonth, BigDecimal heldThisTerm, BigDecimal agreedPerMonth,
                    BigDecimal agreedThisTerm, LocalDate termStart, LocalDate termEnd, Finding r9,
                    boolean midwifeParticipates, BigDecimal midwifeHours, Finding rb3c,
                    int steeringHeld, Integer agreedPerYear, int steeringDue, Finding r11) {
    }

    private final MeetingWork work;
    private final MeetingSummaries summaries;
    private final AgreementTerms agreements;

    MeetingFollowUp(MeetingWork work, MeetingSummaries summaries, AgreementTerms agreements) {
        this.work = work;
        this.summaries = summaries;
        this.agreements = agreements;
    }

    /**
     * What the follow-up counts of a centre's meetings held this year, in whole minutes per meeting: cooperation
     * meetings this month, this term and in the term's ended months, those of them the midwife attended, and the
     * steering group's meetings. {@link MeetingSummaries#totalsThisYear} counts the same in SQL for many centres.
     */
    record Totals(long cooperationThisMonth, long cooperationThisTerm, long cooperationEndedMonths,
                  long midwifeThisTerm, int steeringThisYear) {

        static final Totals NONE = new Totals(0, 0, 0, 0, 0);

        static Totals of(List<Held> held, LocalDate today) {
            LocalDate termStart = R9.termStart(today);
            YearMonth month = YearMonth.from(today);
            List<Held> cooperation = held.stream().filter(m -> m.kind() == MeetingKind.COOPERATION).toList();
            Predicate<Held> inTerm = m -> !m.startsAt().toLocalDate().isBefore(termStart);
            return new Totals(minutes(cooperation, m -> YearMonth.from(m.startsAt()).equals(month)),
                    minutes(cooperation, inTerm),
                    minutes(cooperation, inTerm.and(m -> YearMonth.from(m.startsAt()).isBefore(month))),
                    minutes(cooperation, inTerm.and(Held::midwifePresent)),
                    (int) held.stream().filter(m -> m.kind() == MeetingKind.STEERING_GROUP)
                            .filter(m -> m.startsAt().getYear() == today.getYear()).count());
        }

        private static long minutes(List<Held> meetings, Predicate<Held> which) {
            return meetings.stream().filter(which).mapToLong(Held::minutes).sum();
        }
    }

    FollowUp of(long centreId, boolean midwifeParticipates) {
        LocalDate today = work.now().toLocalDate();
        // the term (R9) lies within the calendar year (R11.1c), so this year's meetings are all that is counted
        return followUp(Totals.of(summaries.of(centreId).heldThisYear(), today),
                agreements.cooperationInForce(centreId, today), midwifeParticipates, today);
    }

    /** The follow-up of many centres at once, read in two statements; {@code midwife} by centre id. */
    Map<Long, FollowUp> of(Map<Long, Boolean> midwife) {
        LocalDateTime now = work.now();
        List<Long> ids = List.copyOf(midwife.keySet());
        Map<Long, Totals> held = summaries.totalsThisYear(ids, now);
        Map<Long, CooperationTerms> terms = agreements.cooperationInForce(ids, now.toLocalDate());
        Map<Long, FollowUp> followUps = new HashMap<>();
        midwife.forEach((id, participates) -> followUps.put(id, followUp(held.getOrDefault(id, Totals.NONE),
                Optional.ofNullable(terms.get(id)), participates, now.toLocalDate())));
        return followUps;
    }

    private static FollowUp followUp(Totals held, Optional<CooperationTerms> terms, boolean midwifeParticipates,
                                     LocalDate today) {
        BigDecimal perMonth = terms.map(CooperationTerms::meetingHoursPerMonth).orElse(null);
        Integer perYear = terms.map(CooperationTerms::steeringMeetingsPerYear).orElse(null);

        LocalDate termStart = R9.termStart(today);
        BigDecimal thisMonth = R9.hours(held.cooperationThisMonth());
        BigDecimal thisTerm = R9.hours(held.cooperationThisTerm());
        BigDecimal endedMonths = R9.hours(held.cooperationEndedMonths());
        Finding r9 = terms.isEmpty() ? R9.RULE.withoutAgreement()
                : R9.RULE.check(perMonth, endedMonths, R9.endedMonthsOfTerm(today));

        BigDecimal midwife = R9.hours(held.midwifeThisTerm());
        Finding rb3c = RB3c.RULE.check(midwifeParticipates, midwife, R9.endedMonthsOfTerm(today));

        int steering = held.steeringThisYear();
        Finding r11 = terms.isEmpty() ? R11_1c.RULE.withoutAgreement() : R11_1c.RULE.check(perYear, steering, today);

        return new FollowUp(terms.isPresent(), thisMonth, thisTerm, perMonth,
                perMonth == null ? null : perMonth.multiply(BigDecimal.valueOf(6)), termStart, R9.termEnd(today), r9,
                midwifeParticipates, midwife, rb3c, steering, perYear,
                perYear == null ? 0 : R11_1c.due(perYear, today), r11);
    }

    static BigDecimal hours(List<Meeting> meetings, Predicate<Meeting> which) {
        return R9.hours(meetings.stream().filter(which).mapToLong(Meeting::minutes).sum());
    }
}
