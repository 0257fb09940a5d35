package se.samverka.centre;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;
import se.samverka.support.SignedAgreements;
import se.samverka.support.StatementCounter;
import se.samverka.support.TestClock;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/**
 * A centre's page reads a fixed number of statements, whatever the centre's history: a centre with four years of
 * monthly meetings, agreements signed and replaced, plans with follow-ups, costs and a fire-safety log needs no more
 * than one registered yesterday.
 */
@IntegrationTest
class CentrePageStatementsTest {

    /** 25 before the public page's section (its page and activities in one statement). */
    static final int AT_MOST = 26;
    private static final LocalDate TODAY = TestClock.START.toLocalDate();

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CentreRegistry registry;

    @Test
    void aCentrePageReadsAFixedNumberOfStatementsWhateverItsHistory() throws Exception {
        Centre shortHistory = centre();
        history(shortHistory, 2, 1);
        Centre longHistory = centre();
        history(longHistory, 48, 3);

        for (Centre centre : List.of(shortHistory, longHistory)) {
            page(centre.id(), centre.coordinator());
            page(centre.id(), centre.steering());
        }
        StatementCounter.Counts shortAsCoordinator = page(shortHistory.id(), shortHistory.coordinator());
        StatementCounter.Counts shortAsSteering = page(shortHistory.id(), shortHistory.steering());
        StatementCounter.Counts longAsCoordinator = page(longHistory.id(), longHistory.coordinator());
        StatementCounter.Counts longAsSteering = page(longHistory.id(), longHistory.steering());
        System.out.printf("CentrePageStatementsTest: short history %s as coordinator, %s as steering group; "
                + "long history %s as coordinator, %s as steering group%n", shortAsCoordinator, shortAsSteering,
                longAsCoordinator, longAsSteering);

        assertThat(List.of(shortAsCoordinator, shortAsSteering, longAsCoordinator, longAsSteering))
                .allSatisfy(counts -> assertThat(counts.statements()).isLessThanOrEqualTo(AT_MOST));
        assertThat(longAsCoordinator.statements()).isLessThanOrEqualTo(shortAsCoordinator.statements());
        assertThat(longAsSteering.statements()).isLessThanOrEqualTo(shortAsSteering.statements());
    }

    private StatementCounter.Counts page(long id, String username) throws Exception {
        var signedIn = fixtures.as(username);
        return StatementCounter.of(() -> mvc.perform(get("/centres/{id}", id).with(signedIn))
                .andExpect(status().isOk()));
    }

    private record Centre(long id, String coordinator, String steering) {
    }

    private Centre centre() {
        Fixtures.Centre centre = fixtures.centre("1480", true, MIDWIFE_CLINIC, true, CHILD_HEALTH, true,
                OPEN_PRESCHOOL, true, PREVENTIVE_SOCIAL_SERVICES, true);
        long group = registry.formSteeringGroup(centre.id(), 0, Fixtures.unique("Styrgruppen"));
        registry.reconstitute(group, 0, Fixtures.unique("Styrgruppen"), List.of(
                new SteeringGroupMember("Anna Berg", "Enhetschef", MIDWIFE_CLINIC),
                new SteeringGroupMember("Karim Haddad", "Verksamhetschef", CHILD_HEALTH),
                new SteeringGroupMember("Lena Ek", "Rektor", OPEN_PRESCHOOL),
                new SteeringGroupMember("Johan Svensson", "Enhetschef", PREVENTIVE_SOCIAL_SERVICES)));
        registry.appoint(centre.id(), 1, new Coordinator("Maria Lind", fixtures.municipality("1480").id(), 50,
                TODAY.minusYears(4)));
        return new Centre(centre.id(), fixtures.account(new Grant(Role.COORDINATOR, centre.id())),
                fixtures.account(new Grant(Role.STEERING_GROUP, centre.id())));
    }

    /**
     * The centre's life over the months up to today, with one agreement after the other, through the pages where it
     * is cheap enough and in SQL where it is not: the short history has a little of everything the long one has.
     */
    private void history(Centre centre, int months, int agreements) throws Exception {
        var parties = List.of(MIDWIFE_CLINIC, CHILD_HEALTH, OPEN_PRESCHOOL, PREVENTIVE_SOCIAL_SERVICES);
        LocalDate first = TODAY.minusMonths(months - 1).withDayOfMonth(1);
        for (int i = agreements - 1; i >= 0; i--) {
            SignedAgreements.sign(mvc, jdbc, fixtures, centre.id(), centre.steering(), parties,
                    TODAY.minusYears(i).withDayOfYear(1), TODAY.minusYears(i).plusYears(4).withDayOfYear(1).minusDays(1));
        }
        for (LocalDate month = first; month.isBefore(TODAY.plusMonths(2)); month = month.plusMonths(1)) {
            meeting(centre.id(), "COOPERATION", month.plusDays(6).atTime(13, 0));
            if (month.getMonthValue() % 3 == 0) {
                meeting(centre.id(), "STEERING_GROUP", month.plusDays(8).atTime(9, 0));
            }
        }
        for (int year = first.getYear() - 1; year <= TODAY.getYear(); year++) {
            plan(centre.id(), year);
            for (String period : List.of("Q1", "Q2", "Q3", "Q4")) {
                for (String category : List.of("COORDINATOR_SALARY", "PREMISES_RENT", "PREMISES_CLEANING")) {
                    jdbc.sql("""
                                    insert into economy_cost_item (centre_id, year, period, category, description,
                                                                   amount_ore, payer)
                                    values (?, ?, ?, ?, 'Kostnad', 1250000, 'OPEN_PRESCHOOL')""")
                            .params(centre.id(), year, period, category).update();
                }
            }
        }
        long premises = jdbc.sql("""
                        insert into premises (centre_id, representative, appointed_on, assembly_point, evacuation_plan)
                        values (?, 'Maria Lind', ?, 'Parkeringen', true) returning id""")
                .params(centre.id(), first).query(Long.class).single();
        int position = 0;
        for (String kind : List.of("STAFF_TOILET", "VISITOR_TOILET", "CONFERENCE_ROOM", "STAFF_ROOM", "WAITING_ROOM")) {
            jdbc.sql("insert into premises_area (premises_id, position, kind) values (?, ?, ?)")
                    .params(premises, position++, kind).update();
        }
        for (LocalDate day = first; day.isBefore(TODAY); day = day.plusMonths(1)) {
            for (String kind : List.of("ROUND", "ALARM_CHECK", "EVACUATION_DRILL")) {
                jdbc.sql("""
                                insert into fire_safety_check (centre_id, kind, performed_on, outcome, deviations,
                                                               recorded_by, recorded_at)
                                values (?, ?, ?, 'Utan anmärkning', false, 'test', ?)""")
                        .params(centre.id(), kind, day, OffsetDateTime.now()).update();
            }
        }
    }

    private void meeting(long centreId, String kind, LocalDateTime startsAt) {
        boolean held = startsAt.toLocalDate().isBefore(TODAY);
        long id = jdbc.sql("""
                        insert into meeting (centre_id, kind, starts_at, ends_at, place, adjuster, approved_at, approved_by,
                                             item_keys)
                        values (?, ?, ?, ?, 'Samtalsrummet', ?, ?, ?, 4) returning id""")
                .params(centreId, kind, startsAt, startsAt.plusHours(2), held ? "Karin Ali" : null,
                        held ? OffsetDateTime.now() : null, held ? "test" : null)
                .query(Long.class).single();
        for (int i = 0; i < 3; i++) {
            jdbc.sql("insert into meeting_agenda_item (meeting_id, position, text) values (?, ?, ?)")
                    .params(id, i, "Punkt " + (i + 1)).update();
        }
        if (!held) {
            return;
        }
        var attendees = List.of(MIDWIFE_CLINIC, CHILD_HEALTH, OPEN_PRESCHOOL, PREVENTIVE_SOCIAL_SERVICES);
        for (int i = 0; i < attendees.size(); i++) {
            jdbc.sql("insert into meeting_attendee (meeting_id, position, operation, name, present) values (?, ?, ?, ?, true)")
                    .params(id, i, attendees.get(i).name(), "Deltagare " + i).update();
            jdbc.sql("insert into meeting_minute_item (meeting_id, position, item_key, text, decision) values (?, ?, ?, ?, ?)")
                    .params(id, i, i + 1, "Paragraf " + (i + 1), i == 1 ? "Beslut." : null).update();
        }
        jdbc.sql("""
                        insert into meeting_action_point (meeting_id, position, description, owner, due_on, done)
                        values (?, 0, 'Boka lokal', 'Eva Lund', ?, true)""")
                .params(id, startsAt.toLocalDate().plusWeeks(3)).update();
    }

    private void plan(long centreId, int year) {
        boolean past = year < TODAY.getYear();
        long id = jdbc.sql("""
                        insert into plan (centre_id, year, overall_evaluation, locked_at, locked_by, goal_keys, activity_keys)
                        values (?, ?, ?, ?, ?, 3, 3) returning id""")
                .params(centreId, year, past ? "Ett bra år." : null, past ? OffsetDateTime.now() : null,
                        past ? "test" : null)
                .query(Long.class).single();
        for (int goal = 0; goal < 3; goal++) {
            jdbc.sql("""
                            insert into plan_goal (plan_id, position, goal_key, text, indicator, target, responsible, assessment)
                            values (?, ?, ?, 'Mål', 'Indikator', 'Målvärde', 'CHILD_HEALTH', ?)""")
                    .params(id, goal, goal, past ? "MET" : null).update();
            jdbc.sql("""
                            insert into plan_activity (plan_id, position, activity_key, kind, title, planned_month, responsible)
                            values (?, ?, ?, 'PARENT_GROUP', 'Föräldragrupp', ?, 'OPEN_PRESCHOOL')""")
                    .params(id, goal, goal, goal + 3).update();
            for (int quarter = 0; quarter < 4; quarter++) {
                jdbc.sql("""
                                insert into plan_follow_up (plan_id, goal_key, entered_on, value, recorded_by, recorded_at)
                                values (?, ?, ?, '30 procent', 'test', ?)""")
                        .params(id, goal, LocalDate.of(year, 3 * quarter + 1, 15), OffsetDateTime.now()).update();
            }
        }
    }
}
