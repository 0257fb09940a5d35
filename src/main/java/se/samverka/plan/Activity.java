package se.samverka.plan;

import org.springframework.data.relational.core.mapping.Table;
import se.samverka.rules.BaseOperation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A planned activity: on a date, or some time in a month, of the plan's year.
 *
 * @param activityKey the activity's stable id within its plan, given by the plan when it is added and never reused
 */
@Table("plan_activity")
record Activity(int activityKey, ActivityKind kind, String title, LocalDate plannedOn, Integer plannedMonth, String responsible) {

    Activity {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(title);
        if (plannedOn == null && plannedMonth == null) {
            throw new IllegalArgumentException("an activity is planned for a date or a month");
        }
        if (plannedMonth != null && (plannedMonth < 1 || plannedMonth > 12)) {
            throw new IllegalArgumentException("a month is 1–12");
        }
        Responsible.read(Objects.requireNonNull(responsible));
    }

    static Activity of(ActivityKind kind, String title, LocalDate plannedOn, Integer plannedMonth,
                       Set<BaseOperation> operations) {
        return new Activity(-1, kind, title, plannedOn, plannedOn == null ? plannedMonth : null,
                Responsible.write(operations));
    }

    Activity keyed(int key) {
        return new Activity(key, kind, title, plannedOn, plannedMonth, responsible);
    }

    public Set<BaseOperation> operations() {
        return Responsible.read(responsible);
    }

    /** The month the activity falls in, 1–12. */
    public int month() {
        return plannedOn != null ? plannedOn.getMonthValue() : plannedMonth;
    }
}
