package se.samverka.plan;

import org.springframework.validation.Errors;
import se.samverka.platform.FormValues;
import se.samverka.rules.BaseOperation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The plan page's forms as typed, and what they become once valid; errors go to the fields. */
final class PlanForms {

    static final int MAX_LINE = 300;
    static final int MAX_GOAL = 1000;
    static final int MAX_TEXT = 2000;
    static final int MAX_EVALUATION = 4000;

    private PlanForms() {
    }

    record PlanForm(String year) {
    }

    record GoalForm(String text, String indicator, String target, List<String> operations, String version) {

        GoalForm {
            operations = operations == null ? List.of() : List.copyOf(operations);
        }

        static GoalForm empty(Plan plan) {
            return new GoalForm("", "", "", List.of(), String.valueOf(plan.version()));
        }
    }

    record ActivityForm(String kind, String title, String plannedOn, String plannedMonth, List<String> operations,
                        String version) {

        ActivityForm {
            operations = operations == null ? List.of() : List.copyOf(operations);
        }

        static ActivityForm empty(Plan plan) {
            return new ActivityForm("", "", "", "", List.of(), String.valueOf(plan.version()));
        }
    }

    record FollowUpForm(String goal, String enteredOn, String value, String comment, String corrects) {

        static FollowUpForm empty() {
            return new FollowUpForm("", "", "", "", "");
        }
    }

    record AssessmentForm(String goal, String assessment, String comment, String version) {

        static AssessmentForm empty(Plan plan) {
            return new AssessmentForm("", "", "", String.valueOf(plan.version()));
        }
    }

    record EvaluationForm(String overall, String version) {

        static EvaluationForm of(Plan plan) {
            return new EvaluationForm(plan.overallEvaluation() == null ? "" : plan.overallEvaluation(),
                    String.valueOf(plan.version()));
        }
    }

    record CorrectionForm(String concerns, String text) {

        static CorrectionForm empty() {
            return new CorrectionForm("", "");
        }
    }

    record FollowUpInput(int goal, LocalDate enteredOn, String value, String comment, Long corrects) {
    }

    record AssessmentInput(int goal, Assessment assessment, String comment) {
    }

    record CorrectionInput(Integer goal, String text) {
    }

    /** A year from five years back to next year. */
    static Optional<Integer> year(PlanForm form, int thisYear, Errors errors) {
        Optional<Integer> year = FormValues.integer(form.year());
        if (year.isEmpty() || year.get() < thisYear - 5 || year.get() > thisYear + 1) {
            errors.rejectValue("year", "plan.form.year", new Object[]{String.valueOf(thisYear - 5),
                    String.valueOf(thisYear + 1)}, null);
            return Optional.empty();
        }
        return year;
    }

    static Optional<Goal> goal(GoalForm form, Set<BaseOperation> participating, Errors errors) {
        String text = text(form.text(), "text", MAX_GOAL, "plan.form.goal-text", errors);
        String indicator = text(form.indicator(), "indicator", MAX_GOAL, "plan.form.indicator", errors);
        String target = text(form.target(), "target", MAX_GOAL, "plan.form.target", errors);
        Set<BaseOperation> operations = operations(form.operations(), participating, errors);
        return errors.hasErrors() ? Optional.empty() : Optional.of(Goal.of(text, indicator, target, operations));
    }

    static Optional<Activity> activity(ActivityForm form, int year, Set<BaseOperation> participating, Errors errors) {
        Optional<ActivityKind> kind = FormValues.choice(ActivityKind.class, form.kind());
        if (kind.isEmpty()) {
            errors.rejectValue("kind", "plan.form.choose-activity");
        }
        String title = text(form.title(), "title", MAX_LINE, "plan.form.required", errors);
        LocalDate plannedOn = null;
        Integer month = null;
        if (!FormValues.blank(form.plannedOn())) {
            Optional<LocalDate> date = FormValues.date(form.plannedOn());
            if (date.isEmpty()) {
                errors.rejectValue("plannedOn", "plan.form.date");
            } else if (date.get().getYear() != year) {
                errors.rejectValue("plannedOn", "plan.form.date-in-year", new Object[]{String.valueOf(year)}, null);
            } else {
                plannedOn = date.get();
            }
        } else if (!FormValues.blank(form.plannedMonth())) {
            Optional<Integer> m = FormValues.integer(form.plannedMonth());
            if (m.isEmpty() || m.get() < 1 || m.get() > 12) {
                errors.rejectValue("plannedMonth", "plan.form.month");
            } else {
                month = m.get();
            }
        } else {
            errors.rejectValue("plannedOn", "plan.form.date-or-month", new Object[]{String.valueOf(year)}, null);
        }
        Set<BaseOperation> operations = operations(form.operations(), participating, errors);
        if (kind.orElse(null) == ActivityKind.PARENT_EDUCATION && !operations.isEmpty()
                && !operations.contains(BaseOperation.MIDWIFE_CLINIC) && !errors.hasFieldErrors("operations")) {
            errors.rejectValue("operations", "plan.form.parent-education");
        }
        return errors.hasErrors() ? Optional.empty()
                : Optional.of(Activity.of(kind.orElseThrow(), title, plannedOn, month, operations));
    }

    static Optional<FollowUpInput> followUp(FollowUpForm form, Plan plan, LocalDate today, Errors errors) {
        Integer goal = goalKey(form.goal(), plan, true, errors, "goal");
        LocalDate enteredOn = null;
        Optional<LocalDate> date = FormValues.date(form.enteredOn());
        if (FormValues.blank(form.enteredOn())) {
            errors.rejectValue("enteredOn", "plan.form.required");
        } else if (date.isEmpty()) {
            errors.rejectValue("enteredOn", "plan.form.date");
        } else if (date.get().getYear() != plan.year()) {
            errors.rejectValue("enteredOn", "plan.form.date-in-year", new Object[]{String.valueOf(plan.year())}, null);
        } else if (date.get().isAfter(today)) {
            errors.rejectValue("enteredOn", "plan.form.not-future");
        } else {
            enteredOn = date.get();
        }
        String value = text(form.value(), "value", MAX_LINE, "plan.form.value", errors);
        String comment = optional(form.comment(), "comment", MAX_TEXT, errors);
        Long corrects = null;
        if (!FormValues.blank(form.corrects())) {
            Optional<Long> id = FormValues.id(form.corrects());
            if (id.isEmpty()) {
                errors.rejectValue("corrects", "plan.form.corrects");
            } else {
                corrects = id.get();
            }
        }
        return errors.hasErrors() ? Optional.empty()
                : Optional.of(new FollowUpInput(goal, enteredOn, value, comment, corrects));
    }

    static Optional<AssessmentInput> assessment(AssessmentForm form, Plan plan, Errors errors) {
        Integer goal = goalKey(form.goal(), plan, true, errors, "goal");
        Optional<Assessment> assessment = FormValues.choice(Assessment.class, form.assessment());
        if (assessment.isEmpty()) {
            errors.rejectValue("assessment", "plan.form.choose-assessment");
        }
        String comment = optional(form.comment(), "comment", MAX_EVALUATION, errors);
        return errors.hasErrors() ? Optional.empty()
                : Optional.of(new AssessmentInput(goal, assessment.orElseThrow(), comment));
    }

    static Optional<String> evaluation(EvaluationForm form, Errors errors) {
        String overall = text(form.overall(), "overall", MAX_EVALUATION, "plan.form.overall", errors);
        return errors.hasErrors() ? Optional.empty() : Optional.of(overall);
    }

    static Optional<CorrectionInput> correction(CorrectionForm form, Plan plan, Errors errors) {
        Integer goal = null;
        if (FormValues.blank(form.concerns())) {
            errors.rejectValue("concerns", "plan.form.concerns");
        } else if (!"overall".equals(form.concerns())) {
            goal = goalKey(form.concerns(), plan, false, errors, "concerns");
        }
        String text = text(form.text(), "text", MAX_EVALUATION, "plan.form.correction", errors);
        return errors.hasErrors() ? Optional.empty() : Optional.of(new CorrectionInput(goal, text));
    }

    /** The key of one of the plan's goals; with {@code active}, one still pursued (not withdrawn). */
    private static Integer goalKey(String value, Plan plan, boolean active, Errors errors, String field) {
        Optional<Integer> key = FormValues.integer(value);
        if (key.isEmpty() || (active ? plan.activeGoals() : plan.goals()).stream()
                .noneMatch(g -> g.goalKey() == key.get())) {
            errors.rejectValue(field, "plan.form.choose-goal");
            return null;
        }
        return key.get();
    }

    private static Set<BaseOperation> operations(List<String> values, Set<BaseOperation> participating,
                                                 Errors errors) {
        Set<BaseOperation> operations = EnumSet.noneOf(BaseOperation.class);
        for (String value : values) {
            Optional<BaseOperation> operation = FormValues.choice(BaseOperation.class, value);
            if (operation.isEmpty() || !participating.contains(operation.get())) {
                errors.rejectValue("operations", "plan.form.not-participating");
                return Set.of();
            }
            operation.ifPresent(operations::add);
        }
        if (operations.isEmpty()) {
            errors.rejectValue("operations", "plan.form.choose-operations");
        }
        return operations;
    }

    private static String text(String value, String field, int max, String requiredCode, Errors errors) {
        if (FormValues.blank(value)) {
            errors.rejectValue(field, requiredCode);
            return null;
        }
        if (value.strip().length() > max) {
            errors.rejectValue(field, "form.too-long", new Object[]{max}, null);
            return null;
        }
        return value.strip();
    }

    private static String optional(String value, String field, int max, Errors errors) {
        if (FormValues.blank(value)) {
            return null;
        }
        if (value.strip().length() > max) {
            errors.rejectValue(field, "form.too-long", new Object[]{max}, null);
            return null;
        }
        return value.strip();
    }
}
