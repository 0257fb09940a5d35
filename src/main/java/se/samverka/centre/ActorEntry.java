package se.samverka.centre;

import org.springframework.data.relational.core.mapping.Table;
import se.samverka.rules.OtherActor;

import java.util.Objects;

/** Another actor taking part (§8.2), e.g. the library, with an optional name. */
@Table("centre_other_actor")
public record ActorEntry(OtherActor actor, String description) {

    public ActorEntry {
        Objects.requireNonNull(actor);
        description = description == null || description.isBlank() ? null : description.trim();
        if (actor == OtherActor.OTHER && description == null) {
            throw new IllegalArgumentException("Another actor needs a description");
        }
    }
}
