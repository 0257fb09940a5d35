package se.samverka.county;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** The decisions about the regional agreement, read for lists and the timeline (never the documents' bytes). */
@Component
class RegionalDecisions {

    private static final String COLUMNS = """
            id, principal_id, body, body_kind, decided_on, until_on, paragraph, diary_number, outcome, decision,
            signatory, document_name""";

    private final JdbcClient jdbc;

    RegionalDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every decision in the order they were taken. */
    List<RegionalDecision> all() {
        return jdbc.sql("select " + COLUMNS + " from regional_decision order by decided_on, id")
                .query(RegionalDecisions::decision).list();
    }

    List<RegionalDecision> ofParty(long principalId) {
        return jdbc.sql("select " + COLUMNS + " from regional_decision where principal_id = :principal "
                        + "order by decided_on, id")
                .param("principal", principalId)
                .query(RegionalDecisions::decision).list();
    }

    private static RegionalDecision decision(ResultSet rs, int row) throws SQLException {
        return new RegionalDecision(rs.getLong("id"), rs.getObject("principal_id", Long.class), rs.getString("body"),
                BodyKind.valueOf(rs.getString("body_kind")), rs.getObject("decided_on", LocalDate.class),
                rs.getObject("until_on", LocalDate.class), rs.getString("paragraph"), rs.getString("diary_number"),
                DecisionOutcome.valueOf(rs.getString("outcome")), rs.getString("decision"),
                rs.getString("signatory"), rs.getString("document_name"));
    }
}
