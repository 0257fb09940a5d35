package se.samverka.meeting;

import org.springframework.data.relational.core.mapping.Table;
import se.samverka.rules.BaseOperation;

import java.util.Objects;

/** Who comes to a meeting for a base operation, and whether they were there. The name is personal data. */
@Table("meeting_attendee")
record Attendee(BaseOperation operation, String name, boolean present) {

    Attendee {
        Objects.requireNonNull(operation);
        Objects.requireNonNull(name);
    }
}
