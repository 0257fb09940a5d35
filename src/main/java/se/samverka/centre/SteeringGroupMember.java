package se.samverka.centre;

import org.springframework.data.relational.core.mapping.Table;
import se.samverka.rules.BaseOperation;

import java.util.Objects;

/**
 * A member of a steering group.
 *
 * @param operation the base operation this member is the nearest manager of, or null for another key
 *                  function
 */
@Table("steering_group_member")
public record SteeringGroupMember(String name, String title, BaseOperation operation) {

    public SteeringGroupMember {
        Objects.requireNonNull(name);
        Objects.requireNonNull(title);
        if (name.isBlank() || title.isBlank()) {
            throw new IllegalArgumentException("A member has a name and a title");
        }
        name = name.trim();
        title = title.trim();
    }
}
