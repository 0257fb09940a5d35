package se.samverka.rules;

import java.time.LocalDate;
import java.util.Objects;

/** Information about a person that operation {@code from} means to pass to operation {@code to} on a day. */
public record ProposedDisclosure(LocalDate on, BaseOperation from, BaseOperation to, InformationKind informationKind,
                                 DataSubject subject) {

    public ProposedDisclosure {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(informationKind, "informationKind");
        Objects.requireNonNull(subject, "subject");
        if (from == to) {
            throw new IllegalArgumentException("a disclosure passes information to another operation");
        }
    }
}
