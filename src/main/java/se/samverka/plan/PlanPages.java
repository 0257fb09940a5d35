package se.samverka.plan;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.centre.CentreAction;
import se.samverka.centre.CentreGate;
import se.samverka.centre.CentreView;
import se.samverka.identity.Actors;
import se.samverka.platform.Changes;
import se.samverka.platform.FormValues;
import se.samverka.platform.Refusal;
import se.samverka.plan.PlanForms.ActivityForm;
import se.samverka.plan.PlanForms.AssessmentForm;
import se.samverka.plan.PlanForms.CorrectionForm;
import se.samverka.plan.PlanForms.EvaluationForm;
import se.samverka.plan.PlanForms.FollowUpForm;
import se.samverka.plan.PlanForms.GoalForm;
import se.samverka.plan.PlanForms.PlanForm;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.Finding;
import se.samverka.rules.PlanState;
import se.samverka.rules.R12;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A centre's operational plans: who may see the centre sees them, its editors draw them up, follow them up,
 * evaluate and adopt them. An adopted plan refuses every change; it can only be corrected beside.
 */
@Controller
class PlanPages {

    private final PlanWork work;
    private final CentreGate gate;
    private final Actors actors;
    private final Changes changes;

    PlanPages(PlanWork work, CentreGate gate, Actors actors, Changes changes) {
        this.work = work;
        this.gate = gate;
        this.actors = actors;
        this.changes = changes;
    }

    record YearStatus(int year, Plan plan, Finding finding) {
    }

    @GetMapping("/centres/{id}/plans")
    String list(@PathVariable long id, Model model) {
        CentreView centre = gate.require(id, CentreAction.FOLLOW);
        model.addAttribute("plan", new PlanForm(String.valueOf(work.thisYear())));
        return list(centre, model);
    }

    @PostMapping("/centres/{id}/plans")
    String draw(@PathVariable long id, @ModelAttribute("plan") PlanForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        var year = PlanForms.year(form, work.thisYear(), errors);
        if (year.isEmpty()) {
            return list(centre, model);
        }
        return changes.attempt(Changes.page(model, PlanWork.AUDIT_TYPE, null), () -> {
            work.draw(id, year.get());
            redirect.addFlashAttribute("notice", "plan.drawn");
            return "redirect:/centres/" + id + "/plans/" + year.get();
        }, () -> list(centre, model));
    }

    @GetMapping("/centres/{id}/plans/{year}")
    String show(@PathVariable long id, @PathVariable int year, Model model) {
        CentreView centre = gate.require(id, CentreAction.FOLLOW);
        return page(centre, checked(year), model);
    }

    @PostMapping("/centres/{id}/plans/{year}/goals")
    String addGoal(@PathVariable long id, @PathVariable int year, @ModelAttribute("goal") GoalForm form,
                   BindingResult errors, Model model, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        return change(centre, checked(year), errors, model, redirect, plan -> {
            var goal = PlanForms.goal(form, participating(centre), errors);
            if (goal.isEmpty()) {
                return null;
            }
            work.add(id, year, goal.get(), FormValues.version(form.version()));
            return "plan.goal-added";
        });
    }

    @PostMapping("/centres/{id}/plans/{year}/activities")
    String addActivity(@PathVariable long id, @PathVariable int year, @ModelAttribute("activity") ActivityForm form,
                       BindingResult errors, Model model, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        return change(centre, checked(year), errors, model, redirect, plan -> {
            var activity = PlanForms.activity(form, year, participating(centre), errors);
            if (activity.isEmpty()) {
                return null;
            }
            work.add(id, year, activity.get(), FormValues.version(form.version()));
            return "plan.activity-added";
        });
    }

    /** Removes the goal with this key, or withdraws it when it has been followed up. */
    @PostMapping("/centres/{id}/plans/{year}/goals/{index}/remove")
    String removeGoal(@PathVariable long id, @PathVariable int year, @PathVariable int index,
                      @RequestParam(required = false) String version, @RequestParam(required = false) String confirm,
                      Model model, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        return change(centre, checked(year), null, model, redirect, plan -> {
            Changes.requireConfirmation(confirm);
            return work.removeGoal(id, year, index, FormValues.version(version)) ? "plan.goal-withdrawn"
                    : "plan.goal-removed";
        });
    }

    @PostMapping("/centres/{id}/plans/{year}/activities/{index}/remove")
    String removeActivity(@PathVariable long id, @PathVariable int year, @PathVariable int index,
                          @RequestParam(required = false) String version, @RequestParam(required = false) String confirm,
                          Model model, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        return change(centre, checked(year), null, model, redirect, plan -> {
            Changes.requireConfirmation(confirm);
            work.removeActivity(id, year, index, FormValues.version(version));
            return "plan.activity-removed";
        });
    }

    @PostMapping("/centres/{id}/plans/{year}/follow-ups")
    String followUp(@PathVariable long id, @PathVariable int year, @ModelAttribute("followUp") FollowUpForm form,
                    BindingResult errors, Model model, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        return change(centre, checked(year), errors, model, redirect, plan -> {
            var entry = PlanForms.followUp(form, plan, work.today(), errors);
            if (entry.isEmpty()) {
                return null;
            }
            var e = entry.get();
            work.followUp(id, year, e.goal(), e.enteredOn(), e.value(), e.comment(), e.corrects(),
                    actors.require().username());
            return e.corrects() == null ? "plan.follow-up-added" : "plan.follow-up-corrected";
        });
    }

    @PostMapping("/centres/{id}/plans/{year}/assessments")
    String assess(@PathVariable long id, @PathVariable int year, @ModelAttribute("assessment") AssessmentForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        return change(centre, checked(year), errors, model, redirect, plan -> {
            var assessment = PlanForms.assessment(form, plan, errors);
            if (assessment.isEmpty()) {
                return null;
            }
            var a = assessment.get();
            work.assess(id, year, a.goal(), a.assessment(), a.comment(), FormValues.version(form.version()));
            return "plan.goal-assessed";
        });
    }

    @PostMapping("/centres/{id}/plans/{year}/evaluation")
    String evaluate(@PathVariable long id, @PathVariable int year, @ModelAttribute("evaluation") EvaluationForm form,
                    BindingResult errors, Model model, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        return change(centre, checked(year), errors, model, redirect, plan -> {
            var overall = PlanForms.evaluation(form, errors);
            if (overall.isEmpty()) {
                return null;
            }
            work.evaluate(id, year, overall.get(), FormValues.version(form.version()));
            return "plan.evaluated";
        });
    }

    @PostMapping("/centres/{id}/plans/{year}/lock")
    String lock(@PathVariable long id, @PathVariable int year, @RequestParam(required = false) String version,
                Model model, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.DECIDE);
        return change(centre, checked(year), null, model, redirect, plan -> {
            work.lock(id, year, actors.require().username(), FormValues.version(version));
            return "plan.locked";
        });
    }

    @PostMapping("/centres/{id}/plans/{year}/corrections")
    String correct(@PathVariable long id, @PathVariable int year, @ModelAttribute("correction") CorrectionForm form,
                   BindingResult errors, Model model, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        int checkedYear = checked(year);
        return changes.attempt(Changes.page(model, PlanWork.AUDIT_TYPE, null), () -> {
            Plan plan = work.plan(id, checkedYear)
                    .orElseThrow(() -> Refusal.absent("plan.refused.no-plan", String.valueOf(checkedYear)));
            var correction = PlanForms.correction(form, plan, errors);
            if (correction.isEmpty()) {
                return page(centre, checkedYear, model);
            }
            work.correct(id, checkedYear, correction.get().goal(), correction.get().text(),
                    actors.require().username());
            redirect.addFlashAttribute("notice", "plan.corrected");
            return "redirect:/centres/" + id + "/plans/" + checkedYear;
        }, () -> page(centre, checkedYear, model));
    }

    /**
     * One change of an open plan, refused when the plan is adopted, whatever the input; the page again with the
     * form's errors when the step finds any (it returns null). {@code errors} is null for a button.
     */
    private String change(CentreView centre, int year, BindingResult errors, Model model,
                          RedirectAttributes redirect, Function<Plan, String> step) {
        Optional<Plan> current = work.plan(centre.id(), year);
        Long planId = current.map(Plan::id).orElse(null);
        Changes.Target target = errors == null ? Changes.page(model, PlanWork.AUDIT_TYPE, planId)
                : Changes.form(model, errors, PlanWork.AUDIT_TYPE, planId, () -> current.map(Plan::version).orElse(-1));
        return changes.attempt(target, () -> {
            Plan plan = current.orElseThrow(() -> Refusal.absent("plan.refused.no-plan", String.valueOf(year)));
            plan.expectOpen();
            String notice = step.apply(plan);
            if (notice == null) {
                return page(centre, year, model);
            }
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/centres/" + centre.id() + "/plans/" + year;
        }, () -> page(centre, year, model));
    }

    private String page(CentreView centre, int year, Model model) {
        var view = work.view(centre.id(), year);
        model.addAttribute("centre", centre);
        model.addAttribute("year", year);
        model.addAttribute("view", view.orElse(null));
        model.addAttribute("thisYear", work.thisYear());
        model.addAttribute("findings", List.of(R12.RULE.check(work.thisYear(), work.state(centre.id(), year))));
        model.addAttribute("operations", participating(centre));
        model.addAttribute("activityKinds", ActivityKind.values());
        model.addAttribute("assessments", Assessment.values());
        model.addAttribute("canChange", gate.may(centre.id(), CentreAction.PREPARE));
        model.addAttribute("canDecide", gate.may(centre.id(), CentreAction.DECIDE));
        view.ifPresent(v -> {
            Plan plan = v.plan();
            model.addAttribute("goal", model.getAttribute("goal") instanceof GoalForm f ? f : GoalForm.empty(plan));
            model.addAttribute("activity", model.getAttribute("activity") instanceof ActivityForm f ? f
                    : ActivityForm.empty(plan));
            model.addAttribute("followUp", model.getAttribute("followUp") instanceof FollowUpForm f ? f
                    : FollowUpForm.empty());
            model.addAttribute("assessment", model.getAttribute("assessment") instanceof AssessmentForm f ? f
                    : AssessmentForm.empty(plan));
            if (!(model.getAttribute("evaluation") instanceof EvaluationForm)) {
                model.addAttribute("evaluation", EvaluationForm.of(plan));
            }
            model.addAttribute("correction", model.getAttribute("correction") instanceof CorrectionForm f ? f
                    : CorrectionForm.empty());
        });
        if (!model.containsAttribute("plan")) {
            model.addAttribute("plan", new PlanForm(String.valueOf(year)));
        }
        return "plan/show";
    }

    private String list(CentreView centre, Model model) {
        List<Plan> plans = work.plans(centre.id());
        int thisYear = work.thisYear();
        Set<Integer> years = plans.stream().map(Plan::year).collect(Collectors.toSet());
        var statuses = new java.util.ArrayList<YearStatus>();
        if (!years.contains(thisYear)) {
            statuses.add(new YearStatus(thisYear, null, R12.RULE.check(thisYear, PlanState.none(thisYear))));
        }
        plans.forEach(plan -> statuses.add(new YearStatus(plan.year(), plan,
                R12.RULE.check(thisYear, work.state(centre.id(), plan.year())))));
        statuses.sort(java.util.Comparator.comparingInt(YearStatus::year).reversed());
        model.addAttribute("centre", centre);
        model.addAttribute("statuses", statuses);
        model.addAttribute("canChange", gate.may(centre.id(), CentreAction.PREPARE));
        model.addAttribute("canDecide", gate.may(centre.id(), CentreAction.DECIDE));
        return "plan/list";
    }

    private static Set<BaseOperation> participating(CentreView centre) {
        Set<BaseOperation> operations = EnumSet.noneOf(BaseOperation.class);
        centre.participations().forEach(p -> operations.add(p.operation()));
        return operations;
    }

    private static int checked(int year) {
        if (year < 2000 || year > 2100) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return year;
    }
}
