package se.samverka.agreement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The agreements of many centres as the to-do list and the calendar feed need them, each read in one statement
 * whatever the number of centres: the columns those lists use rather than the aggregates with their texts, parties
 * and sections.
 */
@Component
class AgreementStandings {

    private final JdbcClient jdbc;

    AgreementStandings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(Long id, AgreementKind kind, AgreementStatus status, LocalDate startsOn, LocalDate endsOn,
               int noticeMonths, LocalDate terminationNoticedOn) implements AgreementStanding {
    }

    /** A version sent to someone for signature, for their to-do list. */
    record AwaitingSignature(long id, AgreementKind kind, int number, Instant sentAt) {
    }

    /** Every version of each centre's agreements, oldest first, by centre; a centre without any is left out. */
    Map<Long, List<AgreementStanding>> ofCentres(Collection<Long> centreIds) {
        Map<Long, List<AgreementStanding>> byCentre = new HashMap<>();
        if (centreIds.isEmpty()) {
            return byCentre;
        }
        jdbc.sql("""
                        select id, centre_id, kind, status, starts_on, ends_on, notice_months, termination_noticed_on
                        from agreement where centre_id = any(:centres) order by centre_id, created_at, id""")
                .param("centres", centreIds.toArray(Long[]::new))
                .query(rs -> {
                    byCentre.computeIfAbsent(rs.getLong("centre_id"), id -> new ArrayList<>()).add(new Row(
                            rs.getLong("id"), AgreementKind.valueOf(rs.getString("kind")),
                            AgreementStatus.valueOf(rs.getString("status")), rs.getObject("starts_on", LocalDate.class),
                            rs.getObject("ends_on", LocalDate.class), rs.getInt("notice_months"),
                            rs.getObject("termination_noticed_on", LocalDate.class)));
                });
        return byCentre;
    }

    /** The versions waiting for the person's signature, the longest waiting first. */
    List<AwaitingSignature> awaitingSignatureBy(String username) {
        return jdbc.sql("""
                        select a.id, a.kind, a.number, a.sent_at from agreement a
                        where a.status = 'SENT' and exists (select 1 from agreement_party p
                            where p.agreement_id = a.id and lower(p.signatory_username) = lower(:username)
                            and p.signed_at is null)
                        order by a.sent_at, a.id""")
                .param("username", username)
                .query((rs, n) -> new AwaitingSignature(rs.getLong("id"), AgreementKind.valueOf(rs.getString("kind")),
                        rs.getInt("number"), rs.getObject("sent_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
