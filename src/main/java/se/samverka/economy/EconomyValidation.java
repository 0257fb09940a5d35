package se.samverka.economy;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import se.samverka.centre.CentreParticipants;
import se.samverka.platform.FormValues;
import se.samverka.rules.BaseOperation;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks typed cost items and settings field by field; every problem is a Swedish message at its field
 * ({@code economy.form.*}) and nothing is saved while there is one.
 */
@Component
class EconomyValidation {

    static final int MAX_DESCRIPTION = 300;
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    private static final BigDecimal MAX_WEIGHT = new BigDecimal("1000000");

    private final SharedCosts costs;

    EconomyValidation(SharedCosts costs) {
        this.costs = costs;
    }

    Optional<CostInput> validate(CostItemForm form, CentreParticipants centre, Long itemId, Errors errors) {
        Optional<Integer> year = FormValues.integer(form.year()).filter(y -> y >= FIRST_YEAR && y <= LAST_YEAR);
        if (year.isEmpty()) {
            errors.rejectValue("year", "economy.form.year.invalid");
        }
        String period = form.period() == null ? "" : form.period().strip();
        if (period.isEmpty()) {
            errors.rejectValue("period", "economy.form.period.required");
        } else if (year.isPresent() && !costs.year(centre.id(), year.get()).periodLength().has(period)) {
            errors.rejectValue("period", "economy.form.period.invalid");
        }
        Optional<CostCategory> category = FormValues.choice(CostCategory.class, form.category());
        if (category.isEmpty()) {
            errors.rejectValue("category", "economy.form.category.required");
        }
        String description = form.description() == null ? "" : form.description().strip();
        if (description.isEmpty()) {
            errors.rejectValue("description", "economy.form.description.required");
        } else if (description.length() > MAX_DESCRIPTION) {
            errors.rejectValue("description", "economy.form.description.too-long");
        }
        Optional<Long> amount = Optional.empty();
        if (FormValues.blank(form.amount())) {
            errors.rejectValue("amount", "economy.form.amount.required");
        } else if (Money.negative(form.amount())) {
            errors.rejectValue("amount", "economy.form.amount.negative");
        } else {
            amount = Money.parse(form.amount());
            if (amount.isEmpty()) {
                errors.rejectValue("amount", "economy.form.amount.invalid");
            } else if (amount.get() > Money.MAX_ORE) {
                errors.rejectValue("amount", "economy.form.amount.too-large");
                amount = Optional.empty();
            }
        }
        Optional<BaseOperation> payer = FormValues.choice(BaseOperation.class, form.payer());
        if (FormValues.blank(form.payer())) {
            errors.rejectValue("payer", "economy.form.payer.required");
        } else if (payer.isEmpty() || !centre.baseOperations().contains(payer.get())) {
            errors.rejectValue("payer", "economy.form.payer.not-participating");
            payer = Optional.empty();
        }
        Long corrects = null;
        if (!FormValues.blank(form.corrects())) {
            Optional<Long> id = FormValues.id(form.corrects())
                    .filter(c -> !c.equals(itemId))
                    .filter(c -> costs.item(centre.id(), c).isPresent());
            if (id.isEmpty()) {
                errors.rejectValue("corrects", "economy.form.corrects.invalid");
            } else {
                corrects = id.get();
            }
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new CostInput(year.get(), period, category.get(), description, amount.get(),
                payer(category.get(), payer.get(), centre), corrects));
    }

    /**
     * Who pays the whole item: for the coordinator's cost the operation that employs the coordinator when it is
     * known (R14a), the chosen one when the employer runs several operations and it is one of them; otherwise
     * the chosen one.
     */
    static BaseOperation payer(CostCategory category, BaseOperation chosen, CentreParticipants centre) {
        List<BaseOperation> employer = centre.employerOperations();
        if (!category.coordinator() || employer.isEmpty() || employer.contains(chosen)) {
            return chosen;
        }
        return employer.getFirst();
    }

    Optional<Settings> validate(SettingsForm form, CentreParticipants centre, Errors errors) {
        Optional<Integer> year = FormValues.integer(form.year()).filter(y -> y >= FIRST_YEAR && y <= LAST_YEAR);
        if (year.isEmpty()) {
            errors.rejectValue("year", "economy.form.year.invalid");
        }
        Optional<PeriodLength> length = FormValues.choice(PeriodLength.class, form.periodLength());
        if (length.isEmpty()) {
            errors.rejectValue("periodLength", "economy.settings.length.required");
        }
        List<BaseOperation> operations = centre.baseOperations();
        boolean anyGiven = operations.stream().anyMatch(op -> !FormValues.blank(form.weight(op)));
        Map<BaseOperation, BigDecimal> key = new EnumMap<>(BaseOperation.class);
        if (anyGiven) {
            for (BaseOperation op : operations) {
                String text = form.weight(op);
                if (FormValues.blank(text)) {
                    errors.rejectValue(SettingsForm.field(op), "economy.settings.weight.required");
                    continue;
                }
                Optional<BigDecimal> weight = weight(text);
                if (weight.isEmpty()) {
                    errors.rejectValue(SettingsForm.field(op), "economy.settings.weight.invalid");
                } else {
                    key.put(op, weight.get());
                }
            }
            if (!errors.hasErrors() && key.values().stream().noneMatch(w -> w.signum() > 0)) {
                errors.rejectValue(SettingsForm.field(operations.getFirst()), "economy.settings.weight.all-zero");
            }
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Settings(year.get(), length.get(), key));
    }

    record Settings(int year, PeriodLength length, Map<BaseOperation, BigDecimal> key) {
    }

    private static Optional<BigDecimal> weight(String text) {
        String value = text.strip().replace(',', '.');
        if (!value.matches("\\d{1,7}(\\.\\d{1,4})?")) {
            return Optional.empty();
        }
        BigDecimal weight = new BigDecimal(value);
        return weight.compareTo(MAX_WEIGHT) > 0 ? Optional.empty() : Optional.of(weight);
    }
}
