package se.samverka.agreement;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.centre.CentreRegistry;
import se.samverka.centre.CentreView;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/**
 * An agreement's events are evidence: rows written once, in their own log. Saving the version (an edit, a
 * signature, the seal) adds rows and leaves the earlier ones as they were, with the same ids; the application's role
 * can neither change, delete nor truncate them.
 */
@IntegrationTest
class AgreementEventLogTest {

    private static final String ADDRESS = "198.51.100.7";

    @Autowired
    LocalAgreements agreements;
    @Autowired
    AgreementEvents events;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CentreRegistry registry;
    @Autowired
    JdbcClient jdbc;

    @Test
    void savingTheAgreementLeavesItsEventRowsUntouched() {
        long id = draft();
        List<Map<String, Object>> created = rows(id);
        assertThat(created).singleElement().satisfies(row -> assertThat(row.get("event")).isEqualTo("CREATED"));

        Agreement draft = agreements.find(id).orElseThrow();
        agreements.edit(id, draft.version(), new DraftInput(draft.terms(), draft.texts(), draft.parties()),
                new LocalAgreements.Origin("samordnare", ADDRESS));
        List<Map<String, Object>> edited = rows(id);
        assertThat(edited).hasSize(2).startsWith(created.getFirst());

        Agreement current = agreements.find(id).orElseThrow();
        List<String> signatories = List.of("bmm-chef", "bvc-chef", "of-chef", "soc-chef", "bibliotekschef");
        agreements.send(id, current.version(), signatories.stream()
                        .map(u -> new Agreement.Signatory(u, "Chef " + u, "Verksamhetschef")).toList(),
                new LocalAgreements.Origin("samordnare", ADDRESS));
        String sha = agreements.find(id).orElseThrow().documentSha256();
        agreements.viewed(id, new LocalAgreements.Origin("bmm-chef", "203.0.113.9"));
        for (String signatory : signatories) {
            agreements.sign(id, new SigningStep.Confirmation(sha, "Borås", "Verksamhetschef", true),
                    new LocalAgreements.Origin(signatory, ADDRESS));
        }

        List<Map<String, Object>> sealed = rows(id);
        assertThat(sealed).startsWith(edited.toArray(Map[]::new));
        assertThat(sealed).extracting(row -> row.get("event")).containsExactly("CREATED", "EDITED", "SENT", "VIEWED",
                "SIGNED", "SIGNED", "SIGNED", "SIGNED", "SIGNED", "SEALED");
        assertThat(sealed).filteredOn(row -> "VIEWED".equals(row.get("event"))).singleElement()
                .satisfies(row -> assertThat(row.get("source_address")).isEqualTo("203.0.113.9"));
        assertThat(events.of(id)).extracting(AgreementEvent::event).containsExactly(AgreementEvent.Kind.CREATED,
                AgreementEvent.Kind.EDITED, AgreementEvent.Kind.SENT, AgreementEvent.Kind.VIEWED,
                AgreementEvent.Kind.SIGNED, AgreementEvent.Kind.SIGNED, AgreementEvent.Kind.SIGNED,
                AgreementEvent.Kind.SIGNED, AgreementEvent.Kind.SIGNED, AgreementEvent.Kind.SEALED);

        long amendment = agreements.amend(id, new LocalAgreements.Origin("samordnare", ADDRESS));
        assertThat(rows(id)).as("the amended version's history").isEqualTo(sealed);
        assertThat(rows(amendment)).extracting(row -> row.get("event")).containsExactly("AMENDED");
    }

    @Test
    void theApplicationCanNeitherChangeDeleteNorTruncateAnEvent() {
        long id = draft();
        List<Map<String, Object>> before = rows(id);

        for (String statement : List.of(
                "update agreement_event set source_address = '10.0.0.1' where agreement_id = " + id,
                "update agreement_event set event = 'SIGNED' where agreement_id = " + id,
                "delete from agreement_event where agreement_id = " + id,
                "truncate agreement_event",
                "truncate agreement cascade")) {
            assertThatThrownBy(() -> jdbc.sql(statement).update()).as(statement)
                    .rootCause().hasMessageMatching("(?s).*(permission denied|must be owner|append-only).*");
        }
        assertThat(rows(id)).isEqualTo(before);
        assertThat(jdbc.sql("""
                        select string_agg(privilege_type, ',' order by privilege_type)
                        from information_schema.table_privileges
                        where grantee = current_user and table_schema = 'public' and table_name = 'agreement_event'""")
                .query(String.class).single()).isEqualTo("INSERT,SELECT");
    }

    private List<Map<String, Object>> rows(long agreementId) {
        return jdbc.sql("""
                        select id, occurred_at, actor, event, detail, source_address from agreement_event
                        where agreement_id = :id order by id""")
                .param("id", agreementId).query().listOfRows();
    }

    private long draft() {
        Fixtures.Centre centre = fixtures.centre("1490", false, MIDWIFE_CLINIC, true, CHILD_HEALTH, true,
                OPEN_PRESCHOOL, true, PREVENTIVE_SOCIAL_SERVICES, true);
        CentreView view = registry.view(centre.id()).orElseThrow();
        DraftInput proposal = AgreementDemo.cooperation(view, "212000-1355", "Stadsbiblioteket", LocalDate.of(2027, 1, 1));
        var texts = new java.util.EnumMap<TextKey, String>(proposal.texts());
        texts.put(TextKey.STEERING_GROUP, "Styrgruppen består av närmaste chef för varje basverksamhet.");
        texts.put(TextKey.COORDINATOR, "Samordnaren arbetar 50 procent och är anställd av kommunen.");
        texts.put(TextKey.COORDINATOR_COST, "Kostnaden delas lika mellan de fyra basverksamheterna.");
        return agreements.start(centre.id(), AgreementKind.COOPERATION,
                new DraftInput(proposal.terms(), texts, proposal.parties()),
                new LocalAgreements.Origin("samordnare", ADDRESS));
    }
}
