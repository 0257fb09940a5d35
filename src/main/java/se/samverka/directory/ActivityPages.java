package se.samverka.directory;

import org.springframework.context.i18n.LocaleContextHolder;
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
import se.samverka.centre.Address;
import se.samverka.centre.CentreAction;
import se.samverka.centre.CentreGate;
import se.samverka.centre.CentreView;
import se.samverka.centre.PublicListing;
import se.samverka.directory.ActivityForms.ActivityForm;
import se.samverka.directory.ActivityForms.ActivityInput;
import se.samverka.platform.Changes;
import se.samverka.platform.FormValues;
import se.samverka.platform.Refusal;
import se.samverka.plan.PlannedActivities;
import se.samverka.plan.PlannedActivities.Planned;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A centre's public activities as its coordinator manages them: add one (or one of the operational plan's), change it,
 * publish it, cancel it or take it back. Only those who prepare the centre's matters ({@link CentreAction#PREPARE}).
 */
@Controller
class ActivityPages {

    private final ActivityWork work;
    private final CentreGate gate;
    private final PublicListing listing;
    private final PlannedActivities plan;
    private final Changes changes;

    ActivityPages(ActivityWork work, CentreGate gate, PublicListing listing, PlannedActivities plan, Changes changes) {
        this.work = work;
        this.gate = gate;
        this.listing = listing;
        this.plan = plan;
        this.changes = changes;
    }

    /** The list and a new activity's form, prefilled from the plan's activity {@code planKey} of {@code planYear}. */
    @GetMapping("/centres/{id}/aktiviteter")
    String list(@PathVariable long id, @RequestParam(required = false) String planYear,
                @RequestParam(required = false) String planKey, Model model) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        ActivityForm form = ActivityForm.empty(place(centre.address()));
        Optional<Integer> year = FormValues.integer(planYear);
        Optional<Integer> key = FormValues.integer(planKey);
        if (year.isPresent() && key.isPresent()) {
            Optional<Planned> planned = plan.find(id, year.get(), key.get());
            if (planned.isEmpty()) {
                model.addAttribute("planMissing", true);
            } else {
                form = fromPlan(planned.get(), year.get(), form);
                model.addAttribute("fromPlan", planned.get());
            }
        }
        model.addAttribute("activity", form);
        return page(centre, model);
    }

    @PostMapping("/centres/{id}/aktiviteter")
    String add(@PathVariable long id, @ModelAttribute("activity") ActivityForm form, BindingResult errors,
               Model model, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        Optional<ActivityInput> input = ActivityForms.input(form, work.today(), place(centre.address()), errors);
        if (input.isPresent() && input.get().planYear() != null
                && plan.find(id, input.get().planYear(), input.get().planKey()).isEmpty()) {
            errors.reject("directory.activity.refused.no-plan-activity");
        }
        if (input.isEmpty() || errors.hasErrors()) {
            return page(centre, model);
        }
        return changes.attempt(Changes.page(model, ActivityWork.AUDIT_TYPE, null), () -> {
            long activity = work.add(id, input.get());
            redirect.addFlashAttribute("notice", "directory.activity.added");
            return "redirect:/centres/" + id + "/aktiviteter/" + activity;
        }, () -> page(centre, model));
    }

    @GetMapping("/centres/{id}/aktiviteter/{activityId}")
    String edit(@PathVariable long id, @PathVariable long activityId, Model model) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        PublicActivity activity = found(id, activityId);
        model.addAttribute("activity", ActivityForm.of(activity));
        return editPage(centre, activity, model);
    }

    @PostMapping("/centres/{id}/aktiviteter/{activityId}")
    String change(@PathVariable long id, @PathVariable long activityId,
                  @ModelAttribute("activity") ActivityForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        PublicActivity stored = found(id, activityId);
        LocalDate today = work.today();
        Optional<ActivityInput> input = ActivityForms.input(form,
                stored.startsOn().isBefore(today) ? stored.startsOn() : today, place(centre.address()), errors);
        if (input.isEmpty()) {
            return editPage(centre, stored, model);
        }
        ActivityInput kept = keepPlan(input.get(), stored);
        return changes.attempt(Changes.form(model, errors, ActivityWork.AUDIT_TYPE, activityId,
                () -> work.read(id, activityId).version()), () -> {
            work.change(id, activityId, kept, FormValues.version(form.version()));
            redirect.addFlashAttribute("notice", "directory.activity.saved");
            return "redirect:/centres/" + id + "/aktiviteter/" + activityId;
        }, () -> editPage(centre, work.read(id, activityId), model));
    }

    @PostMapping("/centres/{id}/aktiviteter/{activityId}/publish")
    String publish(@PathVariable long id, @PathVariable long activityId,
                   @RequestParam(required = false) String version, Model model, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        return move(centre, activityId, model, redirect, "directory.activity.published", () -> {
            if (listing.covered(id).isEmpty()) {
                throw new Refusal("directory.activity.refused.not-covered");
            }
            work.publish(id, activityId, FormValues.version(version));
        });
    }

    @PostMapping("/centres/{id}/aktiviteter/{activityId}/unpublish")
    String unpublish(@PathVariable long id, @PathVariable long activityId,
                     @RequestParam(required = false) String version, Model model, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        return move(centre, activityId, model, redirect, "directory.activity.unpublished",
                () -> work.unpublish(id, activityId, FormValues.version(version)));
    }

    @PostMapping("/centres/{id}/aktiviteter/{activityId}/cancel")
    String cancel(@PathVariable long id, @PathVariable long activityId,
                  @RequestParam(required = false) String version, Model model, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        return move(centre, activityId, model, redirect, "directory.activity.cancelled",
                () -> work.cancel(id, activityId, FormValues.version(version)));
    }

    private String move(CentreView centre, long activityId, Model model, RedirectAttributes redirect, String notice,
                        Runnable change) {
        found(centre.id(), activityId);
        return changes.attempt(Changes.page(model, ActivityWork.AUDIT_TYPE, activityId), () -> {
            change.run();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/centres/" + centre.id() + "/aktiviteter/" + activityId;
        }, () -> {
            PublicActivity now = work.read(centre.id(), activityId);
            model.addAttribute("activity", ActivityForm.of(now));
            return editPage(centre, now, model);
        });
    }

    /** The centre's activity; 404 for another centre's or none. */
    private PublicActivity found(long centreId, long activityId) {
        return work.find(centreId, activityId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** A change keeps the plan's activity the activity was published from: the form cannot move it. */
    private static ActivityInput keepPlan(ActivityInput input, PublicActivity stored) {
        return new ActivityInput(input.kind(), input.title(), input.description(), input.startsOn(),
                input.startTime(), input.endTime(), input.recurrence(), input.repeatUntil(), input.place(),
                input.audience(), input.languages(), input.signUp(), input.signUpHow(), stored.planYear(),
                stored.planActivityKey());
    }

    private ActivityForm fromPlan(Planned planned, int year, ActivityForm empty) {
        ActivityKind kind = switch (planned.kind()) {
            case PARENT_GROUP -> ActivityKind.PARENT_GROUP;
            case PARENT_EDUCATION -> ActivityKind.PARENT_EDUCATION;
            case JOINT_TRAINING, OTHER -> ActivityKind.OTHER;
        };
        String date = planned.plannedOn() == null || planned.plannedOn().isBefore(work.today()) ? ""
                : planned.plannedOn().toString();
        String audience = kind == ActivityKind.PARENT_EDUCATION ? Audience.EXPECTING_PARENTS.name() : "";
        return new ActivityForm(kind.name(), planned.title(), "", date, "", "", Recurrence.NONE.name(), "",
                empty.place(), audience, empty.languages(), empty.signUp(), "", String.valueOf(year),
                String.valueOf(planned.key()), "");
    }

    private String page(CentreView centre, Model model) {
        List<PublicActivity> activities = work.ofCentre(centre.id());
        int year = work.today().getYear();
        Set<String> published = activities.stream().filter(a -> a.planYear() != null)
                .map(a -> a.planYear() + "-" + a.planActivityKey()).collect(Collectors.toSet());
        List<PlanRow> planned = List.of(year, year + 1).stream()
                .flatMap(y -> plan.of(centre.id(), y).stream()
                        .map(p -> new PlanRow(y, p, published.contains(y + "-" + p.key()))))
                .toList();
        model.addAttribute("activities", activities);
        model.addAttribute("planned", planned);
        common(centre, model);
        return "directory/activities-manage";
    }

    /** A planned activity of {@code year}'s plan, and whether a public activity was published from it. */
    record PlanRow(int year, Planned activity, boolean published) {
    }

    private String editPage(CentreView centre, PublicActivity activity, Model model) {
        model.addAttribute("stored", activity);
        common(centre, model);
        return "directory/activity-edit";
    }

    private void common(CentreView centre, Model model) {
        model.addAttribute("centre", centre);
        model.addAttribute("covered", listing.covered(centre.id()).isPresent());
        model.addAttribute("kinds", ActivityKind.values());
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("recurrences", Recurrence.values());
        model.addAttribute("languageNames", LanguageNames.of(LanguageNames.OFFERED,
                LocaleContextHolder.getLocale()));
        model.addAttribute("today", work.today());
    }

    private static String place(Address address) {
        return address.street() + ", " + address.postalCode() + " " + address.city();
    }
}
