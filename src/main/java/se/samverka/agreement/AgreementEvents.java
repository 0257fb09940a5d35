package se.samverka.agreement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.List;

/**
 * The agreements' event log: every event of a version (created, sent, viewed, signed with the source address …) is a
 * row written once by an insert. The table's trigger refuses UPDATE, DELETE and TRUNCATE, so saving a version never
 * touches its history.
 */
@Repository
class AgreementEvents {

    private final JdbcClient jdbc;

    AgreementEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the events, in their order, to the version's log. */
    void append(long agreementId, List<AgreementEvent> events) {
        for (AgreementEvent event : events) {
            jdbc.sql("""
                            insert into agreement_event (agreement_id, occurred_at, actor, event, detail, source_address)
                            values (:agreement, :at, :actor, :event, :detail, :address)""")
                    .param("agreement", agreementId)
                    .param("at", Timestamp.from(event.occurredAt()))
                    .param("actor", event.actor())
                    .param("event", event.event().name())
                    .param("detail", event.detail())
                    .param("address", event.sourceAddress())
                    .update();
        }
    }

    /** The version's history, oldest first. */
    List<AgreementEvent> of(long agreementId) {
        return jdbc.sql("""
                        select occurred_at, actor, event, detail, source_address from agreement_event
                        where agreement_id = :agreement order by id""")
                .param("agreement", agreementId)
                .query((rs, row) -> new AgreementEvent(rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), AgreementEvent.Kind.valueOf(rs.getString("event")),
                        rs.getString("detail"), rs.getString("source_address")))
                .list();
    }
}
