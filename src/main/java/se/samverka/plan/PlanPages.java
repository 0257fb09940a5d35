package se.samverka.plan;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
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
import se.samverka.platform.FormValues;
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
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A centre's operational plans: who may see the centre sees them, its editors draw them up, follow them up,
 * evaluate and adopt them. An adopted plan refuses every change; it can only be corrected beside.
 */
@Controller
class PlanPages {

    private static final List<String> FORMS = List.of("goal", "activity", "followUp", "assessment", "evaluation",
            "correction");

    private final PlanWork work;
    private final CentreGate gate;
    private final Actors actors;

    PlanPages(PlanWork work, CentreGate gate, Actors actors) {
        this.work = work;
        this.gate = gate;
        this.actors = actors;
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
                HttpServletResponse response, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        var year = PlanForms.year(form, work.thisYear(), errors);
        if (year.isEmpty()) {
            return list(centre, model);
        }
        try {
            work.draw(id, year.get());
        } catch (PlanException | DuplicateKeyException e) {
            errors.rejectValue("year", "plan.form.exists", new Object[]{String.valueOf(year.get())}, null);
            response.setStatus(HttpStatus.CONFLICT.value());
            return list(centre, model);
        }
        redirect.addFlashAttribute("notice", "plan.drawn");
        return "redirect:/centres/" + id + "/plans/" + year.get();
    }

    @GetMapping("/centres/{id}/plans/{year}")
    String show(@PathVariable long id, @PathVariable int year, Model model) {
        CentreView centre = gate.require(id, CentreAction.FOLLOW);
        return page(centre, checked(year), model);
    }

    @PostMapping("/centres/{id}/plans/{year}/goals")
    String addGoal(@PathVariable long id, @PathVariable int year, @ModelAttribute("goal") GoalForm form,
                   BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        return change(centre, checked(year), "goal", errors, model, response, redirect, plan -> {
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
                       BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        return change(centre, checked(year), "activity", errors, model, response, redirect, plan -> {
            var activity = PlanForms.activity(form, year, participating(centre), errors);
            if (activity.isEmpty()) {
                return null;
            }
            work.add(id, year, activity.get(), FormValues.version(form.version()));
            return "plan.activity-added";
        });
    }

    @PostMapping("/centres/{id}/plans/{year}/goals/{index}/remove")
    String removeGoal(@PathVariable long id, @PathVariable int year, @PathVariable int index,
                      @RequestParam(required = false) String version, Model model, HttpServletResponse response,
                      RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        return change(centre, checked(year), "goal", null, model, response, redirect, plan -> {
            work.removeGoal(id, year, index, FormValues.version(version));
            return "plan.goal-removed";
        });
    }

    @PostMapping("/centres/{id}/plans/{year}/activities/{index}/remove")
    String removeActivity(@PathVariable long id, @PathVariable int year, @PathVariable int index,
                          @RequestParam(required = false) String version, Model model, HttpServletResponse response,
                          RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        return change(centre, checked(year), "activity", null, model, response, redirect, plan -> {
            work.removeActivity(id, year, index, FormValues.version(version));
            return "plan.activity-removed";
        });
    }

    @PostMapping("/centres/{id}/plans/{year}/follow-ups")
    String followUp(@PathVariable long id, @PathVariable int year, @ModelAttribute("followUp") FollowUpForm form,
                    BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        return change(centre, checked(year), "followUp", errors, model, response, redirect, plan -> {
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
                  BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        return change(centre, checked(year), "assessment", errors, model, response, redirect, plan -> {
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
                    BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        return change(centre, checked(year), "evaluation", errors, model, response, redirect, plan -> {
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
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.DECIDE);
        return change(centre, checked(year), "evaluation", null, model, response, redirect, plan -> {
            work.lock(id, year, actors.require().username(), FormValues.version(version));
            return "plan.locked";
        });
    }

    @PostMapping("/centres/{id}/plans/{year}/corrections")
    String correct(@PathVariable long id, @PathVariable int year, @ModelAttribute("correction") CorrectionForm form,
                   BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        int checkedYear = checked(year);
        var plan = work.plan(id, checkedYear);
        try {
            if (plan.isEmpty()) {
                throw new PlanException("no-plan");
            }
            var correction = PlanForms.correction(form, plan.get(), errors);
            if (correction.isEmpty()) {
                return again(centre, year, model, "correction", errors);
            }
            work.correct(id, year, correction.get().goal(), correction.get().text(), actors.require().username());
        } catch (PlanException e) {
            return refused(centre, year, model, response, e);
        }
        redirect.addFlashAttribute("notice", "plan.corrected");
        return "redirect:/centres/" + id + "/plans/" + year;
    }

    /**
     * One change of an open plan: refused with 409 when the plan is adopted, whatever the input; the page again with
     * the form's errors when the step finds any (it returns null); 409 with the form's conflict when the plan
     * changed meanwhile.
     */
    private String change(CentreView centre, int year, String failed, BindingResult errors, Model model,
                          HttpServletResponse response, RedirectAttributes redirect, Function<Plan, String> step) {
        try {
            Plan plan = work.plan(centre.id(), year).orElseThrow(() -> new PlanException("no-plan"));
            plan.expectOpen();
            String notice = step.apply(plan);
            if (notice == null) {
                return again(centre, year, model, failed, errors);
            }
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/centres/" + centre.id() + "/plans/" + year;
        } catch (PlanException e) {
            return refused(centre, year, model, response, e);
        } catch (OptimisticLockingFailureException e) {
            if (errors == null) {
                return refused(centre, year, model, response, new PlanException("changed"));
            }
            errors.reject("form.conflict");
            response.setStatus(HttpStatus.CONFLICT.value());
            return again(centre, year, model, failed, errors);
        }
    }

    private String again(CentreView centre, int year, Model model, String failed, BindingResult errors) {
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + failed, errors);
        return page(centre, year, model);
    }

    private String refused(CentreView centre, int year, Model model, HttpServletResponse response, PlanException e) {
        response.setStatus("no-plan".equals(e.code()) ? HttpStatus.NOT_FOUND.value() : HttpStatus.CONFLICT.value());
        model.addAttribute("refusal", "plan.refused." + e.code());
        FORMS.forEach(form -> {
            model.asMap().remove(form);
            model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + form);
        });
        return page(centre, year, model);
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
