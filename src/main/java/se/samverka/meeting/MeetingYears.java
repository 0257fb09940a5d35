package se.samverka.meeting;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.agreement.AgreementTerms;
import se.samverka.agreement.CooperationTerms;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.R9;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The meeting module's public answer to "which meetings did this centre hold in a year, against what it agreed?"
 * (R9, RB3c, R11.1c). No personal data, not audited.
 */
@Component
public class MeetingYears {

    /**
     * A centre's meetings held in a calendar year, for the county's yearly follow-up: hours per term (R9, RB3c) and
     * steering-group meetings (R11.1c) against the cooperation agreement in force at the end of each term.
     *
     * @param agreedPerMonthSpring agreed cooperation-meeting hours per month in the agreement in force on 30 June, or
     *                             null when none was or it sets none; {@code agreedPerMonthAutumn} the same on
     *                             31 December
     * @param agreedSteering       steering-group meetings per year agreed in the agreement in force on 31 December,
     *                             or null
     * @param agreement            whether a signed cooperation agreement was in force on 31 December
     */
    public record Totals(int steeringHeld, BigDecimal cooperationSpring, BigDecimal cooperationAutumn,
                         BigDecimal midwifeSpring, BigDecimal midwifeAutumn, BigDecimal agreedPerMonthSpring,
                         BigDecimal agreedPerMonthAutumn, Integer agreedSteering, boolean agreement) {
    }

    private final MeetingWork work;
    private final AgreementTerms agreements;
    private final MeetingSummaries summaries;

    MeetingYears(MeetingWork work, AgreementTerms agreements, MeetingSummaries summaries) {
        this.work = work;
        this.agreements = agreements;
        this.summaries = summaries;
    }

    /** {@link Totals} of many centres for a year, in three statements; a centre that held nothing counts zeros. */
    @Transactional(readOnly = true)
    public Map<Long, Totals> totals(Collection<Long> centreIds, int year) {
        List<Long> ids = List.copyOf(centreIds);
        Map<Long, MeetingSummaries.YearMinutes> held = summaries.minutesOfYear(ids, year, work.now());
        Map<Long, CooperationTerms> spring = agreements.cooperationInForce(ids, LocalDate.of(year, 6, 30));
        Map<Long, CooperationTerms> autumn = agreements.cooperationInForce(ids, LocalDate.of(year, 12, 31));
        Map<Long, Totals> totals = new HashMap<>();
        for (Long id : ids) {
            var minutes = held.getOrDefault(id, MeetingSummaries.YearMinutes.NONE);
            CooperationTerms first = spring.get(id);
            CooperationTerms last = autumn.get(id);
            totals.put(id, new Totals(minutes.steering(), R9.hours(minutes.cooperationSpring()),
                    R9.hours(minutes.cooperationAutumn()), R9.hours(minutes.midwifeSpring()),
                    R9.hours(minutes.midwifeAutumn()),
                    first == null ? null : first.meetingHoursPerMonth(),
                    last == null ? null : last.meetingHoursPerMonth(),
                    last == null ? null : last.steeringMeetingsPerYear(), last != null));
        }
        return totals;
    }

    @Transactional(readOnly = true)
    public MeetingYear of(long centreId, int year) {
        LocalDateTime now = work.now();
        List<Meeting> held = work.of(centreId).stream()
                .filter(m -> m.startsAt().getYear() == year && m.heldBy(now)).toList();
        List<Meeting> cooperation = held.stream().filter(m -> m.kind() == MeetingKind.COOPERATION).toList();

        List<MeetingYear.Month> months = new ArrayList<>();
        Integer steeringPerYear = null;
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            if (month.isAfter(YearMonth.from(now))) {
                break;
            }
            LocalDate last = month.atEndOfMonth().isAfter(now.toLocalDate()) ? now.toLocalDate() : month.atEndOfMonth();
            Optional<CooperationTerms> terms = agreements.cooperationInForce(centreId, last);
            months.add(new MeetingYear.Month(month, hours(cooperation, c -> YearMonth.from(c.startsAt()).equals(month)),
                    terms.map(CooperationTerms::meetingHoursPerMonth).orElse(null)));
            if (terms.isPresent()) {
                steeringPerYear = terms.get().steeringMeetingsPerYear();
            }
        }
        List<MeetingYear.HeldMeeting> meetings = held.stream().map(m -> new MeetingYear.HeldMeeting(m.kind(),
                m.startsAt().toLocalDate(), R9.hours(m.minutes()), m.attendedBy(BaseOperation.MIDWIFE_CLINIC),
                (int) m.items().stream().filter(i -> i.decision() != null).count(), m.locked())).toList();
        Predicate<Meeting> midwife = m -> m.attendedBy(BaseOperation.MIDWIFE_CLINIC);
        return new MeetingYear(year, meetings, months, steeringPerYear,
                hours(cooperation, midwife.and(m -> m.startsAt().getMonthValue() <= 6)),
                hours(cooperation, midwife.and(m -> m.startsAt().getMonthValue() > 6)));
    }

    private static BigDecimal hours(List<Meeting> meetings, Predicate<Meeting> which) {
        return MeetingFollowUp.hours(meetings, which);
    }
}
