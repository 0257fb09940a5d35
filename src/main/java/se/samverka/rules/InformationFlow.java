package se.samverka.rules;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** One way information may pass under a consent (R13c): from one operation of the centre to another. */
public record InformationFlow(BaseOperation from, BaseOperation to) implements Comparable<InformationFlow> {

    private static final String ARROW = ">";

    public InformationFlow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from == to) {
            throw new IllegalArgumentException("a flow from " + from + " to itself");
        }
    }

    /** Every way from one of {@code from} to another of {@code to}: what a consent naming both lists covers. */
    public static Set<InformationFlow> between(Set<BaseOperation> from, Set<BaseOperation> to) {
        var flows = new LinkedHashSet<InformationFlow>();
        for (BaseOperation source : EnumSet.copyOf(from)) {
            for (BaseOperation target : EnumSet.copyOf(to)) {
                if (source != target) {
                    flows.add(new InformationFlow(source, target));
                }
            }
        }
        return flows;
    }

    /** As stored and sent in a form: {@code CHILD_HEALTH>PREVENTIVE_SOCIAL_SERVICES}. */
    public String code() {
        return from.name() + ARROW + to.name();
    }

    public static Optional<InformationFlow> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        int arrow = code.indexOf(ARROW);
        if (arrow < 0) {
            return Optional.empty();
        }
        try {
            BaseOperation from = BaseOperation.valueOf(code.substring(0, arrow));
            BaseOperation to = BaseOperation.valueOf(code.substring(arrow + 1));
            return from == to ? Optional.empty() : Optional.of(new InformationFlow(from, to));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    @Override
    public int compareTo(InformationFlow other) {
        int byFrom = from.compareTo(other.from);
        return byFrom != 0 ? byFrom : to.compareTo(other.to);
    }
}
