package se.samverka.centre;

import org.springframework.data.relational.core.mapping.Table;
import se.samverka.rules.BaseOperation;

import java.util.Objects;

/** A base operation taking part in a centre through one unit. */
@Table("participation")
public record UnitParticipation(BaseOperation operation, Long unitId, boolean coLocated) {

    public UnitParticipation {
        Objects.requireNonNull(operation);
        Objects.requireNonNull(unitId);
    }
}
