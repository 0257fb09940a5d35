package se.samverka.plan;

import org.springframework.data.relational.core.mapping.Table;
import se.samverka.rules.BaseOperation;

import java.util.Objects;
import java.util.Set;

/**
 * A goal of the plan: what is aimed at, how it is measured (indicator), the target value, and which base
 * operations answer for it; at the end of the year, how far it was reached.
 */
@Table("plan_goal")
record Goal(String text, String indicator, String target, String responsible, Assessment assessment,
            String assessmentComment) {

    Goal {
        Objects.requireNonNull(text);
        Objects.requireNonNull(indicator);
        Objects.requireNonNull(target);
        Responsible.read(Objects.requireNonNull(responsible));
    }

    static Goal of(String text, String indicator, String target, Set<BaseOperation> operations) {
        return new Goal(text, indicator, target, Responsible.write(operations), null, null);
    }

    Goal assessed(Assessment assessment, String comment) {
        return new Goal(text, indicator, target, responsible, Objects.requireNonNull(assessment), comment);
    }

    public Set<BaseOperation> operations() {
        return Responsible.read(responsible);
    }
}
