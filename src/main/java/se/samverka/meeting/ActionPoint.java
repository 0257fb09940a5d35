package se.samverka.meeting;

import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;
import java.util.Objects;

/** Something the minutes give someone to do by a date; open until done. The owner's name is personal data. */
@Table("meeting_action_point")
record ActionPoint(String description, String owner, LocalDate dueOn, boolean done) {

    ActionPoint {
        Objects.requireNonNull(description);
        Objects.requireNonNull(owner);
        Objects.requireNonNull(dueOn);
    }

    ActionPoint withDone(boolean done) {
        return new ActionPoint(description, owner, dueOn, done);
    }
}
