package se.samverka.rules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a consent says, as far as deciding a disclosure needs it (R13c): the ways information may pass between the
 * operations (from one to another), what kinds of information, who gave it, and its validity.
 *
 * @param validTo     its last valid day
 * @param withdrawnOn the day it was withdrawn, or null
 */
public record ConsentTerms(Set<InformationFlow> flows, Set<InformationKind> informationKinds,
                           Set<ConsentGiver> givenBy, LocalDate validFrom, LocalDate validTo,
                           LocalDate withdrawnOn) {

    public ConsentTerms {
        if (flows == null || flows.isEmpty()) {
            throw new IllegalArgumentException("flows is empty");
        }
        flows = Collections.unmodifiableSet(new TreeSet<>(flows));
        informationKinds = nonEmpty(informationKinds, InformationKind.class, "informationKinds");
        givenBy = nonEmpty(givenBy, ConsentGiver.class, "givenBy");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        if (validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("validTo " + validTo + " is before validFrom " + validFrom);
        }
    }

    /** A consent that lets each of {@code from} pass information to each other one of {@code to}. */
    public static ConsentTerms between(Set<BaseOperation> from, Set<BaseOperation> to,
                                       Set<InformationKind> informationKinds, Set<ConsentGiver> givenBy,
                                       LocalDate validFrom, LocalDate validTo, LocalDate withdrawnOn) {
        return new ConsentTerms(InformationFlow.between(from, to), informationKinds, givenBy, validFrom, validTo,
                withdrawnOn);
    }

    /** The operations that may pass information on. */
    public Set<BaseOperation> from() {
        return flows.stream().map(InformationFlow::from)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(BaseOperation.class)));
    }

    /** The operations that may receive information. */
    public Set<BaseOperation> to() {
        return flows.stream().map(InformationFlow::to)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(BaseOperation.class)));
    }

    /** Whether it lets {@code operation} pass information on (to anyone). */
    public boolean sends(BaseOperation operation) {
        for (InformationFlow flow : flows) {
            if (flow.from() == operation) {
                return true;
            }
        }
        return false;
    }

    /** Whether it lets {@code operation} receive information (from anyone). */
    public boolean receives(BaseOperation operation) {
        for (InformationFlow flow : flows) {
            if (flow.to() == operation) {
                return true;
            }
        }
        return false;
    }

    public boolean covers(BaseOperation from, BaseOperation to) {
        for (InformationFlow flow : flows) {
            if (flow.from() == from && flow.to() == to) {
                return true;
            }
        }
        return false;
    }

    private static <E extends Enum<E>> Set<E> nonEmpty(Set<E> values, Class<E> type, String name) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException(name + " is empty");
        }
        return Collections.unmodifiableSet(EnumSet.copyOf(values));
    }
}
