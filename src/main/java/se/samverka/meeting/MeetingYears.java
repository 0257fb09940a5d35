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
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The meeting module's public answer to "which meetings did this centre hold in a year, against what it agreed?"
 * (R9, RB3c, R11.1c). No personal data, not audited.
 */
@Component
public class MeetingYears {

    private final MeetingWork work;
    private final AgreementTerms agreements;

    MeetingYears(MeetingWork work, AgreementTerms agreements) {
        this.work = work;
        this.agreements = agreements;
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
