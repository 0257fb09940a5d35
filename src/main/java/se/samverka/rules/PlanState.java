package se.samverka.rules;

/**
 * What R12 needs to know of a centre's operational plan (verksamhetsplan) for one calendar year.
 *
 * @param year      the plan's calendar year
 * @param exists    a plan has been drawn up for the year
 * @param goals     the plan has at least one goal
 * @param evaluated the year-end evaluation has been written and adopted (fastställd)
 */
public record PlanState(int year, boolean exists, boolean goals, boolean evaluated) {

    public PlanState {
        if (!exists && (goals || evaluated)) {
            throw new IllegalArgumentException("a plan that does not exist has neither goals nor an evaluation");
        }
    }

    /** No plan for the year. */
    public static PlanState none(int year) {
        return new PlanState(year, false, false, false);
    }
}
