package se.samverka.plan;

import org.springframework.data.relational.core.mapping.Table;
import se.samverka.rules.BaseOperation;

import java.util.Objects;
import java.util.Set;

/**
 * A goal of the plan: what is aimed at, how it is measured (indicator), the target value, and which base
 * operations answer for it; at the end of the year, how far it was reached.
 *
 * @param goalKey   the goal's stable id within its plan, given by the plan when the goal is added and never reused;
 *                  follow-ups and corrections name the goal by it (its place in the list only numbers it on the page)
 * @param withdrawn taken back after it was followed up: kept, with its follow-ups, but no longer pursued, assessed
 *                  or followed up
 */
@Table("plan_goal")
record Goal(int goalKey, String text, String indicator, String target, String responsible, Assessment assessment,
            String assessmentComment, boolean withdrawn) {

    Goal {
        Objects.requireNonNull(text);
        Objects.requireNonNull(indicator);
        Objects.requireNonNull(target);
        Responsible.read(Objects.requireNonNull(responsible));
    }

    static Goal of(String text, String indicator, String target, Set<BaseOperation> operations) {
        return new Goal(-1, text, indicator, target, Responsible.write(operations), null, null, false);
    }

    Goal keyed(int key) {
        return new Goal(key, text, indicator, target, responsible, assessment, assessmentComment, withdrawn);
    }

    Goal assessed(Assessment assessment, String comment) {
        return new Goal(goalKey, text, indicator, target, responsible, Objects.requireNonNull(assessment), comment,
                withdrawn);
    }

    Goal withdraw() {
        return new Goal(goalKey, text, indicator, target, responsible, null, null, true);
    }

    /** Pursued: not withdrawn. */
    public boolean active() {
        return !withdrawn;
    }

    public Set<BaseOperation> operations() {
        return Responsible.read(responsible);
    }
}
