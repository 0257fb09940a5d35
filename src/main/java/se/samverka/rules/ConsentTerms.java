package se.samverka.rules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a consent says, as far as deciding a disclosure needs it (R13c): which operations may pass information to
 * which, what kinds of information, who gave it, and its validity.
 *
 * @param validTo     its last valid day
 * @param withdrawnOn the day it was withdrawn, or null
 */
public record ConsentTerms(Set<BaseOperation> from, Set<BaseOperation> to, Set<InformationKind> informationKinds,
                           Set<ConsentGiver> givenBy, LocalDate validFrom, LocalDate validTo,
                           LocalDate withdrawnOn) {

    public ConsentTerms {
        from = nonEmpty(from, BaseOperation.class, "from");
        to = nonEmpty(to, BaseOperation.class, "to");
        informationKinds = nonEmpty(informationKinds, InformationKind.class, "informationKinds");
        givenBy = nonEmpty(givenBy, ConsentGiver.class, "givenBy");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        if (validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("validTo " + validTo + " is before validFrom " + validFrom);
        }
    }

    private static <E extends Enum<E>> Set<E> nonEmpty(Set<E> values, Class<E> type, String name) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException(name + " is empty");
        }
        return Collections.unmodifiableSet(EnumSet.copyOf(values));
    }
}
