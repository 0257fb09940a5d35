package se.samverka.consent;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.rules.DisclosureDecision.LegalBasisKind;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * What a centre's registers did in a year, as counts only (R13d): the coordinator, the steering group and the
 * county never see a person. A count below {@value #SUPPRESSION_LIMIT} is told as "fewer than 5", so that a small
 * number cannot point to somebody, a person with protected identity included.
 */
@Service
class ConsentStatistics {

    static final int SUPPRESSION_LIMIT = 5;

    /** A count as shown: the number, or null when it is below the limit. */
    record Count(Long shown) {

        static Count of(long count) {
            return new Count(count < SUPPRESSION_LIMIT ? null : count);
        }

        public boolean suppressed() {
            return shown == null;
        }
    }

    /** @param byBasis disclosures per legal basis in the catalogue, by its statute */
    record Year(int year, Count persons, Count consentsGiven, Count consentsWithdrawn, Count disclosures,
                List<BasisCount> byBasis, Count refusals) {
    }

    record BasisCount(String statute, String title, LegalBasisKind kind, Count count) {
    }

    private final JdbcClient jdbc;

    ConsentStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Year of(long centreId, int year) {
        return of(List.of(centreId), year);
    }

    /** The registers of all the centres counted together, and only then suppressed. */
    @Transactional(readOnly = true)
    Year of(Collection<Long> centreIds, int year) {
        Long[] centres = centreIds.toArray(Long[]::new);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        long[] counts = jdbc.sql("""
                        select (select count(*) from person p where p.centre_id = any(cast(:centres as bigint[]))
                                   and cast(p.registered_at as date) <= :last),
                               (select count(*) from consent c join person p on p.id = c.person_id
                                 where p.centre_id = any(cast(:centres as bigint[]))
                                   and c.valid_from between :first and :last),
                               (select count(*) from consent_withdrawal w join consent c on c.id = w.consent_id
                                  join person p on p.id = c.person_id
                                 where p.centre_id = any(cast(:centres as bigint[]))
                                   and w.withdrawn_on between :first and :last),
                               (select count(*) from disclosure d join person p on p.id = d.person_id
                                 where p.centre_id = any(cast(:centres as bigint[]))
                                   and d.disclosed_on between :first and :last),
                               (select count(*) from disclosure_refusal r join person p on p.id = r.person_id
                                 where p.centre_id = any(cast(:centres as bigint[]))
                                   and r.asked_on between :first and :last)
                        """)
                .param("centres", centres).param("first", first).param("last", last)
                .query((rs, row) -> new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5)})
                .single();
        List<BasisCount> byBasis = jdbc.sql("""
                        select b.statute, b.title, b.kind, count(d.id) as disclosures
                        from (select distinct on (code) code, statute, title, kind from legal_basis_version
                              order by code, version desc) b
                        left join (select d.id, d.legal_basis_code from disclosure d join person p on p.id = d.person_id
                                   where p.centre_id = any(cast(:centres as bigint[]))
                                     and d.disclosed_on between :first and :last) d
                               on d.legal_basis_code = b.code
                        group by b.code, b.statute, b.title, b.kind
                        order by b.kind, b.code
                        """)
                .param("centres", centres).param("first", first).param("last", last)
                .query((rs, row) -> new BasisCount(rs.getString("statute"), rs.getString("title"),
                        LegalBasisKind.valueOf(rs.getString("kind")), Count.of(rs.getLong("disclosures"))))
                .list();
        return new Year(year, Count.of(counts[0]), Count.of(counts[1]), Count.of(counts[2]), Count.of(counts[3]),
                byBasis, Count.of(counts[4]));
    }
}
