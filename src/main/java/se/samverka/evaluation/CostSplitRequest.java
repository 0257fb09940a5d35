package se.samverka.evaluation;

import se.samverka.platform.FormValues;
import se.samverka.platform.InvalidRequestException;
import se.samverka.platform.InvalidRequestException.FieldProblem;
import se.samverka.platform.Texts;
import se.samverka.rules.BaseOperation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A shared cost to split as a client sends it. Amounts and weights arrive as text, also when sent as JSON numbers,
 * so that they are read exactly and a wrong one gets a Swedish answer at its field.
 *
 * @param total the whole cost in kronor with at most two decimals
 * @param payer the base operation that paid the whole cost
 * @param key   a weight per operation (R14b) instead of equal parts, if the local agreement sets one
 */
record CostSplitRequest(String total, List<String> operations, String payer, Map<String, String> key) {

    static final BigDecimal MAX_TOTAL = new BigDecimal("1000000000000.00");

    private static final Pattern AMOUNT = Pattern.compile("(-?)0*(\\d+)(?:\\.\\d{1,2})?");
    private static final int MAX_DIGITS = 15;
    private static final Pattern WEIGHT = Pattern.compile("\\d{1,12}(?:\\.\\d{1,6})?");
    private static final Pattern NEGATIVE_WEIGHT = Pattern.compile("-\\d+(?:\\.\\d+)?");

    /** @param key null when the cost is split in equal parts */
    record Split(long totalOre, List<BaseOperation> operations, BaseOperation payer, Map<BaseOperation, BigDecimal> key) {
    }

    Split toSplit(Texts texts) {
        var problems = new ArrayList<FieldProblem>();
        Long ore = totalOre(texts, problems);
        List<BaseOperation> participating = participating(texts, problems);
        BaseOperation paying = payer(texts, problems, participating);
        Map<BaseOperation, BigDecimal> weights = weights(texts, problems, participating);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new Split(ore, participating, paying, weights);
    }

    private Long totalOre(Texts texts, List<FieldProblem> problems) {
        if (FormValues.blank(total)) {
            problems.add(new FieldProblem("total", texts.message("api.cost-split.total-missing")));
            return null;
        }
        Matcher amount = AMOUNT.matcher(total);
        if (!amount.matches()) {
            problems.add(new FieldProblem("total", texts.message("api.cost-split.total-invalid", total)));
            return null;
        }
        boolean negative = !amount.group(1).isEmpty();
        if (amount.group(2).length() > MAX_DIGITS) {
            problems.add(new FieldProblem("total", texts.message(negative ? "api.cost-split.total-negative"
                    : "api.cost-split.total-too-large")));
            return null;
        }
        BigDecimal value = new BigDecimal(total);
        if (value.signum() < 0) {
            problems.add(new FieldProblem("total", texts.message("api.cost-split.total-negative")));
            return null;
        }
        if (value.compareTo(MAX_TOTAL) > 0) {
            problems.add(new FieldProblem("total", texts.message("api.cost-split.total-too-large")));
            return null;
        }
        return value.movePointRight(2).longValueExact();
    }

    /** Null unless every operation is known and named once. */
    private List<BaseOperation> participating(Texts texts, List<FieldProblem> problems) {
        if (operations == null || operations.isEmpty()) {
            problems.add(new FieldProblem("operations", texts.message("api.cost-split.operations-missing")));
            return null;
        }
        var seen = EnumSet.noneOf(BaseOperation.class);
        boolean valid = true;
        for (int i = 0; i < operations.size(); i++) {
            String field = "operations[" + i + "]";
            BaseOperation operation = operation(texts, problems, field, operations.get(i));
            if (operation == null) {
                valid = false;
            } else if (!seen.add(operation)) {
                problems.add(new FieldProblem(field,
                        texts.message("api.classification.duplicate-operation", operation.name())));
                valid = false;
            }
        }
        return valid ? List.copyOf(seen) : null;
    }

    private BaseOperation payer(Texts texts, List<FieldProblem> problems, List<BaseOperation> participating) {
        if (FormValues.blank(payer)) {
            problems.add(new FieldProblem("payer", texts.message("api.cost-split.payer-missing")));
            return null;
        }
        BaseOperation operation = operation(texts, problems, "payer", payer);
        if (operation != null && participating != null && !participating.contains(operation)) {
            problems.add(new FieldProblem("payer", texts.message("api.cost-split.payer-not-participating", payer)));
            return null;
        }
        return operation;
    }

    private Map<BaseOperation, BigDecimal> weights(Texts texts, List<FieldProblem> problems,
                                                   List<BaseOperation> participating) {
        if (key == null) {
            return null;
        }
        var weights = new EnumMap<BaseOperation, BigDecimal>(BaseOperation.class);
        boolean valid = true;
        for (var entry : key.entrySet()) {
            String field = "key." + entry.getKey();
            BaseOperation operation = operation(texts, problems, field, entry.getKey());
            if (operation == null) {
                valid = false;
                continue;
            }
            if (participating != null && !participating.contains(operation)) {
                problems.add(new FieldProblem(field,
                        texts.message("api.cost-split.key-not-participating", entry.getKey())));
                valid = false;
            }
            String weight = entry.getValue();
            if (weight != null && WEIGHT.matcher(weight).matches()) {
                weights.put(operation, new BigDecimal(weight));
            } else {
                problems.add(new FieldProblem(field, weight != null && NEGATIVE_WEIGHT.matcher(weight).matches()
                        ? texts.message("api.cost-split.weight-negative")
                        : texts.message("api.cost-split.weight-invalid", String.valueOf(weight))));
                valid = false;
            }
        }
        if (participating != null) {
            for (BaseOperation operation : participating) {
                if (!key.containsKey(operation.name())) {
                    problems.add(new FieldProblem("key." + operation.name(),
                            texts.message("api.cost-split.weight-missing")));
                    valid = false;
                }
            }
        }
        if (valid && weights.values().stream().allMatch(weight -> weight.signum() == 0)) {
            problems.add(new FieldProblem("key", texts.message("api.cost-split.weights-zero")));
            valid = false;
        }
        return valid ? weights : null;
    }

    private static BaseOperation operation(Texts texts, List<FieldProblem> problems, String field, String name) {
        if (FormValues.blank(name)) {
            problems.add(new FieldProblem(field, texts.message("api.missing")));
            return null;
        }
        BaseOperation operation = FormValues.choice(BaseOperation.class, name).orElse(null);
        if (operation == null) {
            problems.add(new FieldProblem(field, texts.message("api.classification.unknown-operation", name,
                    String.join(", ", Arrays.stream(BaseOperation.values()).map(Enum::name).toList()))));
        }
        return operation;
    }
}
