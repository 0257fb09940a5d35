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

    /**
     * @param signedOn     the day the last party signed (Stockholm time), or null while unsigned
     * @param supersededOn the day a later version signed by all parties took its place, or null
     */
    record Row(Long id, AgreementKind kind, AgreementStatus status, LocalDate startsOn, LocalDate endsOn,
               int noticeMonths, LocalDate terminationNoticedOn, LocalDate signedOn, LocalDate supersededOn)
            implements AgreementStanding {

        /**
         * The version as the follow-up counts it at the end of {@code day}, from its evidence: signed by every party by
         * then and not yet superseded, it is the signed agreement it is today; otherwise it was no signed agreement
         * then, and counts as one that no longer is (the follow-up counts only signed agreements).
         */
        Row asOf(LocalDate day) {
            boolean signed = signedOn != null && !signedOn.isAfter(day);
            boolean superseded = supersededOn != null && !supersededOn.isAfter(day);
            return new Row(id, kind, signed && !superseded ? AgreementStatus.SIGNED : AgreementStatus.SUPERSEDED,
                    startsOn, endsOn, noticeMonths,
                    terminationNoticedOn != null && !terminationNoticedOn.isAfter(day) ? terminationNoticedOn : null,
                    signedOn, supersededOn);
        }
    }

    /** A version sent to someone for signature, for their to-do list. */
    record AwaitingSignature(long id, long centreId, String centreName, AgreementKind kind, int number,
                             Instant sentAt) {
    }

    /** Every version of each centre's agreements, oldest first, by centre; a centre without any is left out. */
    Map<Long, List<Row>> ofCentres(Collection<Long> centreIds) {
        Map<Long, List<Row>> byCentre = new HashMap<>();
        if (centreIds.isEmpty()) {
            return byCentre;
        }
        jdbc.sql("""
                        select a.id, a.centre_id, a.kind, a.status, a.starts_on, a.ends_on, a.notice_months,
                               a.termination_noticed_on,
                               (a.signed_at at time zone 'Europe/Stockholm')::date as signed_on,
                               (select min(e.occurred_at at time zone 'Europe/Stockholm')::date from agreement_event e
                                where e.agreement_id = a.id and e.event = 'SUPERSEDED') as superseded_on
                        from agreement a where a.centre_id = any(:centres) order by a.centre_id, a.created_at, a.id""")
                .param("centres", centreIds.toArray(Long[]::new))
                .query(rs -> {
                    byCentre.computeIfAbsent(rs.getLong("centre_id"), id -> new ArrayList<>()).add(new Row(
                            rs.getLong("id"), AgreementKind.valueOf(rs.getString("kind")),
                            AgreementStatus.valueOf(rs.getString("status")), rs.getObject("starts_on", LocalDate.class),
                            rs.getObject("ends_on", LocalDate.class), rs.getInt("notice_months"),
                            rs.getObject("termination_noticed_on", LocalDate.class),
                            rs.getObject("signed_on", LocalDate.class), rs.getObject("superseded_on", LocalDate.class)));
                });
        return byCentre;
    }

    /** The versions waiting for the person's signature, the longest waiting first. */
    List<AwaitingSignature> awaitingSignatureBy(String username) {
        return jdbc.sql("""
                        select a.id, a.centre_id, c.name as centre_name, a.kind, a.number, a.sent_at
                        from agreement a join centre c on c.id = a.centre_id
                        where a.status = 'SENT' and exists (select 1 from agreement_party p
                            where p.agreement_id = a.id and lower(p.signatory_username) = lower(:username)
                            and p.signed_at is null)
                        order by a.sent_at, a.id""")
                .param("username", username)
                .query((rs, n) -> new AwaitingSignature(rs.getLong("id"),
                        rs.getLong("centre_id"), rs.getString("centre_name"), AgreementKind.valueOf(rs.getString("kind")),
                        rs.getInt("number"), rs.getObject("sent_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
