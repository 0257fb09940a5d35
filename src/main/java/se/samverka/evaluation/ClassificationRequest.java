package se.samverka.evaluation;

import se.samverka.platform.InvalidRequestException;
import se.samverka.platform.InvalidRequestException.FieldProblem;
import se.samverka.platform.Texts;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.CentreConfiguration;
import se.samverka.rules.OtherActor;
import se.samverka.rules.Participation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A planned configuration as a client sends it. Kinds arrive as text so that a wrong one gets a
 * precise Swedish answer rather than a parser's.
 */
record ClassificationRequest(List<OperationInput> operations, List<String> otherActors, Boolean prioritisedArea) {

    record OperationInput(String kind, Boolean coLocated) {
    }

    CentreConfiguration toConfiguration(Texts texts) {
        var problems = new ArrayList<FieldProblem>();
        var participations = new ArrayList<Participation>();
        if (operations == null) {
            problems.add(new FieldProblem("operations", texts.message("api.classification.operations-missing")));
        } else {
            var seen = EnumSet.noneOf(BaseOperation.class);
            for (int i = 0; i < operations.size(); i++) {
                String field = "operations[" + i + "]";
                OperationInput input = operations.get(i);
                if (input == null) {
                    problems.add(new FieldProblem(field, texts.message("api.missing")));
                    continue;
                }
                BaseOperation operation = null;
                if (input.kind() == null || input.kind().isBlank()) {
                    problems.add(new FieldProblem(field + ".kind", texts.message("api.missing")));
                } else {
                    operation = parse(BaseOperation.class, input.kind());
                    if (operation == null) {
                        problems.add(new FieldProblem(field + ".kind", texts.message("api.classification.unknown-operation",
                                input.kind(), allowed(BaseOperation.values()))));
                    } else if (!seen.add(operation)) {
                        problems.add(new FieldProblem(field + ".kind",
                                texts.message("api.classification.duplicate-operation", operation.name())));
                    }
                }
                if (input.coLocated() == null) {
                    problems.add(new FieldProblem(field + ".coLocated", texts.message("api.missing-boolean")));
                }
                if (operation != null && input.coLocated() != null) {
                    participations.add(new Participation(operation, input.coLocated()));
                }
            }
        }
        var actors = EnumSet.noneOf(OtherActor.class);
        if (otherActors != null) {
            for (int i = 0; i < otherActors.size(); i++) {
                OtherActor actor = otherActors.get(i) == null ? null : parse(OtherActor.class, otherActors.get(i));
                if (actor == null) {
                    problems.add(new FieldProblem("otherActors[" + i + "]", texts.message(
                            "api.classification.unknown-actor", otherActors.get(i), allowed(OtherActor.values()))));
                } else {
                    actors.add(actor);
                }
            }
        }
        if (prioritisedArea == null) {
            problems.add(new FieldProblem("prioritisedArea", texts.message("api.missing-boolean")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new CentreConfiguration(participations, Set.copyOf(actors), prioritisedArea);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
    }

    private static String allowed(Enum<?>[] values) {
        return String.join(", ", Arrays.stream(values).map(Enum::name).toList());
    }
}
