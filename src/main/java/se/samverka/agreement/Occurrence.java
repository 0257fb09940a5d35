package se.samverka.agreement;

import java.time.Instant;
import java.util.Objects;

/** Who did something to an agreement, when and from which address. */
record Occurrence(String actor, Instant at, String sourceAddress) {

    Occurrence {
        Objects.requireNonNull(actor);
        Objects.requireNonNull(at);
    }
}
