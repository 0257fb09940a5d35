package se.samverka.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tables' notation. A centre is written as its participating base operations with the agreement's
 * abbreviations, each followed by {@code +} when co-located (§8.4) and {@code -} when not; an operation not
 * listed does not take part: {@code "BMM- BHV+ ÖF+ SOC+"}. An empty or blank text is a centre without any base
 * operation. Requirements, findings and reasons are written as their code followed by the operations they
 * name, in the agreement's order: {@code "R8.3b.co-locate-municipal[ÖF/SOC]"}; lists are separated by spaces.
 */
final class Centres {

    private Centres() {
    }

    static CentreConfiguration parse(String notation, boolean prioritisedArea) {
        return parse(notation, prioritisedArea, Set.of());
    }

    static CentreConfiguration parse(String notation, boolean prioritisedArea, Set<OtherActor> otherActors) {
        var participations = new ArrayList<Participation>();
        for (String token : words(notation)) {
            char sign = token.charAt(token.length() - 1);
            if (sign != '+' && sign != '-') {
                throw new IllegalArgumentException("Co-location (+ or -) missing: " + token);
            }
            participations.add(new Participation(operation(token.substring(0, token.length() - 1)), sign == '+'));
        }
        return new CentreConfiguration(participations, otherActors, prioritisedArea);
    }

    /** {@code "BMM ÖF"} → the set of those operations. */
    static Set<BaseOperation> operations(String abbreviations) {
        var operations = EnumSet.noneOf(BaseOperation.class);
        words(abbreviations).forEach(token -> operations.add(operation(token)));
        return operations;
    }

    static BaseOperation operation(String abbreviation) {
        return switch (abbreviation) {
            case "BMM" -> BaseOperation.MIDWIFE_CLINIC;
            case "BHV" -> BaseOperation.CHILD_HEALTH;
            case "ÖF" -> BaseOperation.OPEN_PRESCHOOL;
            case "SOC" -> BaseOperation.PREVENTIVE_SOCIAL_SERVICES;
            default -> throw new IllegalArgumentException("Not a base operation: " + abbreviation);
        };
    }

    static String abbreviation(BaseOperation operation) {
        return switch (operation) {
            case MIDWIFE_CLINIC -> "BMM";
            case CHILD_HEALTH -> "BHV";
            case OPEN_PRESCHOOL -> "ÖF";
            case PREVENTIVE_SOCIAL_SERVICES -> "SOC";
        };
    }

    /** Requirements, findings or reasons in the tables' notation, in the order given. */
    static String describe(Collection<?> items) {
        return items.stream().map(Centres::describe).collect(Collectors.joining(" "));
    }

    static String describe(Object item) {
        return switch (item) {
            case Requirement requirement -> withOperations(requirement.code(), requirement.anyOf());
            case Finding finding -> withOperations(finding.code(), finding.operations());
            case Reason reason -> withOperations(reason.code(), reason.operations());
            default -> throw new IllegalArgumentException("No notation for " + item);
        };
    }

    private static String withOperations(String code, Set<BaseOperation> operations) {
        if (operations.isEmpty()) {
            return code;
        }
        return EnumSet.copyOf(operations).stream().map(Centres::abbreviation)
                .collect(Collectors.joining("/", code + "[", "]"));
    }

    /** A space-separated cell; an empty cell (null or blank) is an empty list. */
    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.asList(text.trim().split("\\s+"));
    }
}
