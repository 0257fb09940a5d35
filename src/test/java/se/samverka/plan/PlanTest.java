package se.samverka.plan;

import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import se.samverka.platform.Refusal;
import se.samverka.rules.BaseOperation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * An operational plan on its own, without Spring or a database: goals and activities get stable keys that are never
 * reused, a followed-up goal is withdrawn rather than removed, adoption needs every goal still pursued assessed and
 * an overall evaluation, and an adopted plan does not change.
 */
class PlanTest {

    private static final Instant AT = Instant.parse("2026-12-02T09:00:00Z");
    private static final Set<BaseOperation> BVC = Set.of(BaseOperation.CHILD_HEALTH);

    @Test
    void goalsAndActivitiesGetKeysThatAreNeverReused() {
        Plan plan = Plan.of(1, 2026);
        plan.add(goal("Ett"), 0);
        plan.add(goal("Två"), 0);
        plan.removeGoal(1, false, 0);
        plan.add(goal("Tre"), 0);
        assertThat(plan.goals()).extracting(Goal::goalKey, Goal::text).containsExactly(tuple(0, "Ett"), tuple(2, "Tre"));
        assertThat(plan.number(2)).isEqualTo(2);
        assertThat(plan.goalKeys()).isEqualTo(3);

        plan.add(activity("December", 12), 0);
        plan.add(activity("Januari", 1), 0);
        assertThat(plan.activities()).extracting(Activity::activityKey, Activity::title)
                .containsExactly(tuple(1, "Januari"), tuple(0, "December"));
        plan.removeActivity(0, 0);
        assertThat(plan.activities()).extracting(Activity::title).containsExactly("Januari");
        assertThatThrownBy(() -> plan.removeActivity(0, 0))
                .isInstanceOf(Refusal.class).hasMessage("plan.refused.no-such-activity");
        plan.add(activity("Mars", 3), 0);
        assertThat(plan.activities()).extracting(Activity::activityKey).containsExactly(1, 2);
    }

    @Test
    void aFollowedUpGoalIsWithdrawnKeptAndNoLongerAssessed() {
        Plan plan = Plan.of(1, 2026);
        plan.add(goal("Ett"), 0);
        plan.add(goal("Två"), 0);
        plan.assess(1, Assessment.MET, "Bra", 0);

        assertThat(plan.removeGoal(1, true, 0)).isTrue();
        assertThat(plan.goals()).extracting(Goal::text, Goal::withdrawn, Goal::assessment)
                .containsExactly(tuple("Ett", false, null), tuple("Två", true, null));
        assertThat(plan.activeGoals()).extracting(Goal::text).containsExactly("Ett");
        assertThatThrownBy(() -> plan.activeGoal(1)).isInstanceOf(Refusal.class)
                .hasMessage("plan.refused.goal-withdrawn");
        assertThatThrownBy(() -> plan.assess(1, Assessment.MET, null, 0)).isInstanceOf(Refusal.class)
                .hasMessage("plan.refused.goal-withdrawn");
        assertThatThrownBy(() -> plan.removeGoal(1, true, 0)).isInstanceOf(Refusal.class)
                .hasMessage("plan.refused.goal-withdrawn");
        assertThat(plan.goal(1).text()).isEqualTo("Två");
        assertThatThrownBy(() -> plan.goal(7)).isInstanceOf(Refusal.class).hasMessage("plan.refused.no-such-goal");
    }

    @Test
    void adoptionNeedsAGoalPursuedEveryOneAssessedAndAnOverallEvaluation() {
        Plan plan = Plan.of(1, 2026);
        assertThatThrownBy(() -> plan.lock("styrgrupp", AT, 0)).isInstanceOf(Refusal.class)
                .hasMessage("plan.refused.lock-without-goals");
        plan.add(goal("Ett"), 0);
        plan.add(goal("Två"), 0);
        plan.removeGoal(0, true, 0);
        assertThatThrownBy(() -> plan.lock("styrgrupp", AT, 0)).isInstanceOf(Refusal.class)
                .hasMessage("plan.refused.lock-without-evaluation");
        plan.assess(1, Assessment.PARTLY_MET, "Nästan", 0);
        assertThat(plan.evaluated()).isFalse();
        plan.evaluate("Ett bra år.", 0);
        assertThat(plan.evaluated()).as("the withdrawn goal needs no assessment").isTrue();

        plan.lock("styrgrupp", AT, 0);
        assertThat(plan.locked()).isTrue();
        assertThat(plan.lockedOn()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(plan.lockedBy()).isEqualTo("styrgrupp");
    }

    @Test
    void withEveryGoalWithdrawnThePlanCannotBeAdopted() {
        Plan plan = Plan.of(1, 2026);
        plan.add(goal("Ett"), 0);
        plan.removeGoal(0, true, 0);
        plan.evaluate("Inget mål kvar.", 0);
        assertThat(plan.evaluated()).isFalse();
        assertThatThrownBy(() -> plan.lock("styrgrupp", AT, 0)).isInstanceOf(Refusal.class)
                .hasMessage("plan.refused.lock-without-goals");
    }

    @Test
    void anAdoptedPlanCannotBeEditedAndAStaleChangeIsRefused() {
        Plan plan = Plan.of(1, 2026);
        plan.add(goal("Ett"), 0);
        assertThatThrownBy(() -> plan.add(goal("Två"), 4)).isInstanceOf(OptimisticLockingFailureException.class);
        plan.assess(0, Assessment.MET, null, 0);
        plan.evaluate("Bra.", 0);
        plan.lock("styrgrupp", AT, 0);

        for (Runnable change : new Runnable[] {
                () -> plan.add(goal("Två"), 0),
                () -> plan.add(activity("Fest", 5), 0),
                () -> plan.removeGoal(0, false, 0),
                () -> plan.removeActivity(0, 0),
                () -> plan.assess(0, Assessment.NOT_MET, null, 0),
                () -> plan.evaluate("Ändrad.", 0),
                () -> plan.lock("någon", AT, 0),
                plan::expectOpen}) {
            assertThatThrownBy(change::run).isInstanceOf(Refusal.class).hasMessage("plan.refused.locked");
        }
        assertThat(plan.goals()).extracting(Goal::text, Goal::assessment).containsExactly(tuple("Ett", Assessment.MET));
        assertThat(plan.overallEvaluation()).isEqualTo("Bra.");
    }

    @Test
    void anActivityIsPlannedWithinThePlansYearAndThereIsALimitToGoals() {
        Plan plan = Plan.of(1, 2026);
        assertThatThrownBy(() -> plan.add(Activity.of(ActivityKind.OTHER, "Fel år", LocalDate.of(2027, 1, 5), null,
                BVC), 0)).isInstanceOf(IllegalArgumentException.class);
        for (int i = 0; i < Plan.MAX_GOALS; i++) {
            plan.add(goal("Mål " + i), 0);
        }
        assertThatThrownBy(() -> plan.add(goal("Ett för mycket"), 0)).isInstanceOf(Refusal.class)
                .hasMessage("plan.refused.too-many-goals");
    }

    private static Goal goal(String text) {
        return Goal.of(text, "Antal", "10", BVC);
    }

    private static Activity activity(String title, int month) {
        return Activity.of(ActivityKind.OTHER, title, null, month, BVC);
    }
}
