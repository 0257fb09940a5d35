package se.samverka.plan;

import se.samverka.rules.BaseOperation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The base operations responsible for a goal or an activity, stored as their names separated by commas. */
final class Responsible {

    private Responsible() {
    }

    static String write(Set<BaseOperation> operations) {
        if (operations.isEmpty()) {
            throw new IllegalArgumentException("at least one operation is responsible");
        }
        return EnumSet.copyOf(operations).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<BaseOperation> read(String operations) {
        Set<BaseOperation> set = EnumSet.noneOf(BaseOperation.class);
        Arrays.stream(operations.split(",")).filter(s -> !s.isBlank()).map(BaseOperation::valueOf).forEach(set::add);
        return set;
    }
}
