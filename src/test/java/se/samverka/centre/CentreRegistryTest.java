package se.samverka.centre;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;
import se.samverka.rules.CentreKind;
import se.samverka.rules.Outcome;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/** The registry on a real PostgreSQL: what is saved comes back, and concurrent changes are caught. */
@IntegrationTest
class CentreRegistryTest {

    @Autowired
    CentreRegistry registry;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void savesAndReadsBackACentreWithItsOperationsGroupAndCoordinator() {
        Fixtures.Centre centre = fixtures.centre("1480", true, MIDWIFE_CLINIC, true, CHILD_HEALTH, true,
                OPEN_PRESCHOOL, true, PREVENTIVE_SOCIAL_SERVICES, true);
        long group = registry.formSteeringGroup(centre.id(), 0, "Styrgrupp Test");
        registry.reconstitute(group, 0, "Styrgrupp Test", List.of(
                new SteeringGroupMember("Anna A", "Enhetschef", MIDWIFE_CLINIC),
                new SteeringGroupMember("Bo B", "Verksamhetschef", CHILD_HEALTH),
                new SteeringGroupMember("Cia C", "Rektor", OPEN_PRESCHOOL),
                new SteeringGroupMember("Dan D", "Enhetschef", PREVENTIVE_SOCIAL_SERVICES),
                new SteeringGroupMember("Eva E", "Folkhälsostrateg", null)));
        long employer = fixtures.municipality("1480").id();
        registry.appoint(centre.id(), 1, new Coordinator("Fia F", employer, 60, LocalDate.of(2025, 1, 15)));

        CentreView view = registry.view(centre.id()).orElseThrow();

        assertThat(view.name()).isEqualTo(centre.name());
        assertThat(view.address()).isEqualTo(new Address("Testgatan 1", "411 01", "Göteborg"));
        assertThat(view.municipality().name()).isEqualTo("Göteborg");
        assertThat(view.municipality().subRegion().name()).isEqualTo("Göteborgsregionen");
        assertThat(view.participations()).extracting(CentreView.ParticipationView::operation)
                .containsExactly(MIDWIFE_CLINIC, CHILD_HEALTH, OPEN_PRESCHOOL, PREVENTIVE_SOCIAL_SERVICES);
        assertThat(view.steeringGroup().members()).hasSize(5).last()
                .isEqualTo(new SteeringGroupMember("Eva E", "Folkhälsostrateg", null));
        assertThat(view.coordinator().name()).isEqualTo("Fia F");
        assertThat(view.coordinator().serviceGrade()).isEqualTo(60);
        assertThat(view.coordinator().appointedOn()).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(view.classification().kind()).isEqualTo(CentreKind.FAMILY_CENTRE);
        assertThat(view.governance().managedOperations()).hasSize(4);
        assertThat(view.governance().coordinator().employerTakesPart()).isTrue();
        assertThat(view.version()).isEqualTo(2);
    }

    @Test
    void refusesAChangeMadeOnAnOldVersionAndKeepsTheNewerOne() {
        Fixtures.Centre centre = fixtures.centre("1480", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
        CentreView first = registry.view(centre.id()).orElseThrow();
        CentreDescription renamed = new CentreDescription("Första namnet", first.address(), "1480", false,
                List.of(), List.of(), null);
        registry.describe(centre.id(), first.version(), renamed);

        CentreDescription stale = new CentreDescription("Andra namnet", first.address(), "1480", true, List.of(), List.of(), null);
        assertThatThrownBy(() -> registry.describe(centre.id(), first.version(), stale))
                .isInstanceOf(OptimisticLockingFailureException.class);

        CentreView now = registry.view(centre.id()).orElseThrow();
        assertThat(now.name()).isEqualTo("Första namnet");
        assertThat(now.prioritisedArea()).isFalse();
    }

    @Test
    void auditsReadsAndChangesOfACentre() {
        Fixtures.Centre centre = fixtures.centre("1490", false, CHILD_HEALTH, true);
        registry.view(centre.id());
        registry.dismissCoordinator(centre.id(), 0);

        assertThat(jdbc.sql("select action from audit_event where object_type = 'centre' and object_id = :id order by id")
                .param("id", String.valueOf(centre.id())).query(String.class).list())
                .containsExactly("CREATE", "READ", "UPDATE");
    }

    @Test
    void leavesNoAuditEventBehindForAChangeThatFailed() {
        Fixtures.Centre centre = fixtures.centre("1490", false, CHILD_HEALTH, true);
        assertThatThrownBy(() -> registry.dismissCoordinator(centre.id(), 7))
                .isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(jdbc.sql("select count(*) from audit_event where object_type = 'centre' and object_id = :id "
                        + "and action = 'UPDATE'")
                .param("id", String.valueOf(centre.id())).query(Long.class).single()).isZero();
    }

    @Test
    void oneSteeringGroupGovernsSeveralCentresAndItsMembersCountForEach() {
        Fixtures.Centre first = fixtures.centre("1480", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
        Fixtures.Centre second = fixtures.centre("1480", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true,
                MIDWIFE_CLINIC, false);
        long group = registry.formSteeringGroup(first.id(), 0, "Gemensam styrgrupp");
        registry.governBy(second.id(), 0, group);
        registry.reconstitute(group, 0, "Gemensam styrgrupp", List.of(
                new SteeringGroupMember("Bo B", "Verksamhetschef", CHILD_HEALTH),
                new SteeringGroupMember("Cia C", "Rektor", OPEN_PRESCHOOL)));

        CentreView one = registry.view(first.id()).orElseThrow();
        CentreView two = registry.view(second.id()).orElseThrow();

        assertThat(one.steeringGroup().governs()).extracting(CentreView.CentreReference::id)
                .containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(se.samverka.rules.R11_1b.RULE.check(one.configuration(), one.governance()).outcome())
                .isEqualTo(Outcome.MET);
        assertThat(se.samverka.rules.R11_1b.RULE.check(two.configuration(), two.governance()).operations())
                .containsExactly(MIDWIFE_CLINIC);
    }

    @Test
    void theDatabaseRejectsWhatTheFormsWouldNeverSend() {
        assertThatThrownBy(() -> jdbc.sql("insert into centre (name, street, postal_code, city, municipality_code) "
                + "values ('X', 'Gata 1', '12345', 'Ort', '1480')").update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("insert into centre (name, street, postal_code, city, municipality_code) "
                + "values ('X', 'Gata 1', '123 45', 'Ort', '0180')").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
