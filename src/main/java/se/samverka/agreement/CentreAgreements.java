package se.samverka.agreement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverka.platform.RequestMemo;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A centre's agreements as its page, its checklist and the other modules' follow-ups read them: every version with
 * its terms and parties, in two statements whatever the number of versions, once per GET request. The texts and the
 * frozen sections are left out, so these versions are for reading only and are never saved.
 */
@Component
class CentreAgreements {

    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;

    CentreAgreements(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The centre's versions in the order they were created. */
    List<Agreement> of(long centreId) {
        return RequestMemo.remember("agreements-of-centre-" + centreId, () -> readOnly.execute(status -> read(centreId)));
    }

    private List<Agreement> read(long centreId) {
        Map<Long, List<Party>> parties = new HashMap<>();
        jdbc.sql("""
                        select p.* from agreement_party p join agreement a on a.id = p.agreement_id
                        where a.centre_id = :centre
                        order by p.agreement_id, p.position
                        """)
                .param("centre", centreId)
                .query(rs -> {
                    parties.computeIfAbsent(rs.getLong("agreement_id"), id -> new ArrayList<>()).add(party(rs));
                });
        return jdbc.sql("select * from agreement where centre_id = :centre order by created_at")
                .param("centre", centreId)
                .query((rs, row) -> agreement(rs, parties.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    private static Agreement agreement(ResultSet rs, List<Party> parties) throws SQLException {
        Terms terms = new Terms(rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getObject("extension_months", Integer.class), rs.getInt("notice_months"),
                rs.getBigDecimal("meeting_hours_per_month"), rs.getObject("steering_meetings_per_year", Integer.class),
                rs.getBoolean("shared_premises"), rs.getBoolean("fire_safety"), rs.getBoolean("threats_and_violence"),
                rs.getBoolean("insurance"), rs.getString("premises"), rs.getBigDecimal("user_share_percent"),
                rs.getObject("compensation_ore", Long.class),
                rs.getString("compensation_period") == null ? null
                        : CompensationPeriod.valueOf(rs.getString("compensation_period")));
        return new Agreement(rs.getLong("id"), rs.getObject("series", UUID.class), rs.getInt("number"),
                rs.getLong("centre_id"), AgreementKind.valueOf(rs.getString("kind")),
                AgreementStatus.valueOf(rs.getString("status")), terms, Set.of(), parties, List.of(),
                rs.getObject("termination_noticed_on", LocalDate.class), rs.getString("document_sha256"),
                instant(rs, "created_at"), instant(rs, "sent_at"), instant(rs, "signed_at"), rs.getInt("version"));
    }

    private static Party party(ResultSet rs) throws SQLException {
        return new Party(rs.getString("role"), rs.getString("name"), rs.getString("principal_name"),
                rs.getString("organisation_number"), rs.getString("administration"),
                rs.getString("signatory_username"), rs.getString("signatory_name"), rs.getString("signatory_title"),
                instant(rs, "viewed_at"), instant(rs, "signed_at"), rs.getString("signed_place"),
                rs.getString("signed_from"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
