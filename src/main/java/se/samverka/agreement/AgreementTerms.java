package se.samverka.agreement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.Optional;

/** The agreement module's public answer to "what has this centre agreed?". No personal data. */
@Service
public class AgreementTerms {

    private record TermsRow(Long id, long centreId, int number, AgreementKind kind, AgreementStatus status,
                            LocalDate startsOn, LocalDate endsOn, int noticeMonths, LocalDate terminationNoticedOn,
                            BigDecimal meetingHoursPerMonth, Integer steeringMeetingsPerYear)
            implements AgreementStanding {

        CooperationTerms terms() {
            return new CooperationTerms(id, startsOn, endsOn, meetingHoursPerMonth, steeringMeetingsPerYear);
        }
    }

    private final CentreAgreements agreements;
    private final JdbcClient jdbc;

    AgreementTerms(CentreAgreements agreements, JdbcClient jdbc) {
        this.agreements = agreements;
        this.jdbc = jdbc;
    }

    /** {@link #cooperationInForce(long, LocalDate)} for many centres in one statement; a centre without is left out. */
    public Map<Long, CooperationTerms> cooperationInForce(Collection<Long> centreIds, LocalDate on) {
        Map<Long, TermsRow> latest = new HashMap<>();
        jdbc.sql("""
                        select id, centre_id, number, kind, status, starts_on, ends_on, notice_months,
                               termination_noticed_on, meeting_hours_per_month, steering_meetings_per_year
                        from agreement
                        where kind = 'COOPERATION' and status = 'SIGNED' and centre_id = any(cast(:centres as bigint[]))""")
                .param("centres", centreIds.toArray(Long[]::new))
                .query(TermsRow.class).list().stream()
                .filter(row -> AgreementChecklist.state(row, on) == se.samverka.rules.R15a.AgreementState.IN_FORCE)
                .forEach(row -> latest.merge(row.centreId(), row, (a, b) -> a.number() >= b.number() ? a : b));
        Map<Long, CooperationTerms> terms = new HashMap<>();
        latest.forEach((centre, row) -> terms.put(centre, row.terms()));
        return terms;
    }

    /** The signed cooperation agreement whose term covers the day, the latest version if several do. */
    public Optional<CooperationTerms> cooperationInForce(long centreId, LocalDate on) {
        return agreements.of(centreId).stream()
                .filter(a -> a.kind() == AgreementKind.COOPERATION && a.status() == AgreementStatus.SIGNED)
                .filter(a -> AgreementChecklist.state(a, on) == se.samverka.rules.R15a.AgreementState.IN_FORCE)
                .max(Comparator.comparingInt(Agreement::number))
                .map(a -> new CooperationTerms(a.id(), a.terms().startsOn(), a.terms().endsOn(),
                        a.terms().meetingHoursPerMonth(), a.terms().steeringMeetingsPerYear()));
    }
}
