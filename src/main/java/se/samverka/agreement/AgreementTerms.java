package se.samverka.agreement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.samverka.centre.CentreParticipants;
import se.samverka.centre.CentreRegistry;
import se.samverka.rules.BaseOperation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;

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
    private final CentreRegistry registry;

    AgreementTerms(CentreAgreements agreements, JdbcClient jdbc, CentreRegistry registry) {
        this.agreements = agreements;
        this.jdbc = jdbc;
        this.registry = registry;
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

    /**
     * The shares of the centre's premises that its signed usage-right agreements in force on the day set, the latest
     * version of each. Empty when none sets a user's share, or when they do not make one key: a party that is not
     * one of the centre's base operations (by its unit's name, as the form chose it), grantors that differ, or
     * users' shares above 100 percent together.
     */
    public Optional<PremisesShares> premisesShares(long centreId, LocalDate on) {
        Map<String, BaseOperation> operations = new HashMap<>();
        registry.participants(centreId).map(CentreParticipants::operations).orElse(List.of())
                .forEach(p -> operations.putIfAbsent(p.unitName(), p.operation()));
        return Optional.ofNullable(premisesShares(centreId, operations, List.of(on)).get(on));
    }

    /**
     * {@link #premisesShares(long, LocalDate)} on each of the days, from the centre's agreements as the request
     * already read them, for a caller that knows the centre's base operations by the names of their units.
     */
    public Map<LocalDate, PremisesShares> premisesShares(long centreId, Map<String, BaseOperation> operationsByUnit,
                                                         Collection<LocalDate> days) {
        List<Agreement> usageRights = agreements.of(centreId).stream()
                .filter(a -> a.kind() == AgreementKind.USAGE_RIGHT && a.status() == AgreementStatus.SIGNED)
                .filter(a -> a.terms().userSharePercent() != null)
                .toList();
        Map<LocalDate, PremisesShares> byDay = new HashMap<>();
        for (LocalDate day : usageRights.isEmpty() ? List.<LocalDate>of() : days) {
            shares(usageRights, day, operationsByUnit).ifPresent(shares -> byDay.put(day, shares));
        }
        return byDay;
    }

    private static Optional<PremisesShares> shares(List<Agreement> usageRights, LocalDate on,
                                                   Map<String, BaseOperation> operationsByUnit) {
        Map<UUID, Agreement> inForce = new LinkedHashMap<>();
        usageRights.stream()
                .filter(a -> AgreementChecklist.state(a, on) == se.samverka.rules.R15a.AgreementState.IN_FORCE)
                .forEach(a -> inForce.merge(a.series(), a, (x, y) -> x.number() >= y.number() ? x : y));
        if (inForce.isEmpty()) {
            return Optional.empty();
        }
        List<PremisesShares.UsageRight> rights = new ArrayList<>();
        for (Agreement a : inForce.values()) {
            Optional<BaseOperation> grantor = operation(a, Party.GRANTOR, operationsByUnit);
            Optional<BaseOperation> user = operation(a, Party.USER, operationsByUnit);
            if (grantor.isEmpty() || user.isEmpty() || grantor.equals(user)) {
                return Optional.empty();
            }
            rights.add(new PremisesShares.UsageRight(a.id(), a.number(), grantor.get(), user.get(),
                    a.terms().userSharePercent(), a.terms().startsOn(), a.terms().endsOn(), a.terms().compensationOre(),
                    a.terms().compensationPeriod()));
        }
        BaseOperation grantor = rights.getFirst().grantor();
        Map<BaseOperation, BigDecimal> shares = new EnumMap<>(BaseOperation.class);
        for (PremisesShares.UsageRight right : rights) {
            if (right.grantor() != grantor || right.user() == grantor) {
                return Optional.empty();
            }
            shares.merge(right.user(), right.userSharePercent(), BigDecimal::add);
        }
        BigDecimal rest = BigDecimal.valueOf(100).subtract(shares.values().stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        if (rest.signum() < 0) {
            return Optional.empty();
        }
        if (rest.signum() > 0) {
            shares.put(grantor, rest);
        }
        return Optional.of(new PremisesShares(rights, shares));
    }

    private static Optional<BaseOperation> operation(Agreement agreement, String role,
                                                     Map<String, BaseOperation> operationsByUnit) {
        return agreement.parties().stream().filter(p -> role.equals(p.role())).findFirst()
                .map(party -> operationsByUnit.get(party.name()));
    }
}
