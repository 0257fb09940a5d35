package se.samverka.premises;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.centre.CentreAction;
import se.samverka.centre.CentreGate;
import se.samverka.centre.CentreView;
import se.samverka.identity.Actors;
import se.samverka.platform.Changes;
import se.samverka.platform.FormValues;
import se.samverka.premises.PremisesForms.AreaForm;
import se.samverka.premises.PremisesForms.CheckForm;
import se.samverka.premises.PremisesForms.FireSafetyForm;
import se.samverka.rules.R14d;
import se.samverka.rules.SharedArea;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** A centre's shared premises and fire-safety log: who may see the centre sees them, its editors change them. */
@Controller
class PremisesPages {

    private final PremisesWork work;
    private final CentreGate gate;
    private final Actors actors;
    private final Clock clock;
    private final Changes changes;

    PremisesPages(PremisesWork work, CentreGate gate, Actors actors, Clock clock, Changes changes) {
        this.work = work;
        this.gate = gate;
        this.actors = actors;
        this.clock = clock;
        this.changes = changes;
    }

    @GetMapping("/centres/{id}/premises")
    String show(@PathVariable long id, Model model) {
        CentreView centre = gate.require(id, CentreAction.FOLLOW);
        Premises premises = work.read(id);
        model.addAttribute("area", new AreaForm("", "", ""));
        model.addAttribute("fireSafety", FireSafetyForm.of(premises));
        model.addAttribute("check", CheckForm.empty());
        return page(centre, premises, model);
    }

    @PostMapping("/centres/{id}/premises/areas")
    String addArea(@PathVariable long id, @ModelAttribute("area") AreaForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        var area = PremisesForms.area(form, errors);
        if (area.isEmpty()) {
            return again(centre, model, "area");
        }
        return changes.attempt(Changes.page(model, PremisesWork.AUDIT_TYPE, id), () -> {
            work.add(id, area.get());
            redirect.addFlashAttribute("notice", "premises.area-added");
            return "redirect:/centres/" + id + "/premises";
        }, () -> again(centre, model, "area"));
    }

    @PostMapping("/centres/{id}/premises/areas/{index}/remove")
    String removeArea(@PathVariable long id, @PathVariable int index, @RequestParam(required = false) String version,
                      @RequestParam(required = false) String confirm, Model model, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        return changes.attempt(Changes.page(model, PremisesWork.AUDIT_TYPE, id), () -> {
            Changes.requireConfirmation(confirm);
            work.remove(id, index, FormValues.version(version));
            redirect.addFlashAttribute("notice", "premises.area-removed");
            return "redirect:/centres/" + id + "/premises";
        }, () -> again(centre, model, null));
    }

    @PostMapping("/centres/{id}/premises/fire-safety")
    String organise(@PathVariable long id, @ModelAttribute("fireSafety") FireSafetyForm form, BindingResult errors,
                    Model model, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.DECIDE);
        var terms = PremisesForms.terms(form, LocalDate.now(clock), errors);
        if (terms.isEmpty()) {
            return again(centre, model, "fireSafety");
        }
        return changes.attempt(Changes.form(model, errors, PremisesWork.AUDIT_TYPE, id,
                () -> work.read(id).version()), () -> {
            work.organise(id, terms.get(), FormValues.version(form.version()));
            redirect.addFlashAttribute("notice", "premises.fire-safety-saved");
            return "redirect:/centres/" + id + "/premises";
        }, () -> again(centre, model, "fireSafety"));
    }

    @PostMapping("/centres/{id}/premises/fire-safety/checks")
    String record(@PathVariable long id, @ModelAttribute("check") CheckForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        var check = PremisesForms.check(form, LocalDate.now(clock), errors);
        if (check.isEmpty()) {
            return again(centre, model, "check");
        }
        return changes.attempt(Changes.page(model, PremisesWork.AUDIT_TYPE, id), () -> {
            work.record(id, check.get().kind(), check.get().performedOn(), check.get().outcome(),
                    check.get().deviations(), actors.require().username());
            redirect.addFlashAttribute("notice", "premises.check-logged");
            return "redirect:/centres/" + id + "/premises";
        }, () -> again(centre, model, "check"));
    }

    /** The page again with what was typed in the form that was sent ({@code sent}); the other forms as recorded. */
    private String again(CentreView centre, Model model, String sent) {
        Premises premises = work.read(centre.id());
        if (!"area".equals(sent)) {
            model.addAttribute("area", new AreaForm("", "", ""));
        }
        if (!"fireSafety".equals(sent)) {
            model.addAttribute("fireSafety", FireSafetyForm.of(premises));
        }
        if (!"check".equals(sent)) {
            model.addAttribute("check", CheckForm.empty());
        }
        return page(centre, premises, model);
    }

    private String page(CentreView centre, Premises premises, Model model) {
        List<FireSafetyCheck> log = work.log(centre.id());
        model.addAttribute("centre", centre);
        model.addAttribute("premises", premises);
        model.addAttribute("findings", R14d.RULE.check(premises.kinds()));
        model.addAttribute("due", work.due(premises, log));
        model.addAttribute("log", log);
        model.addAttribute("kinds", SharedArea.values());
        model.addAttribute("checkKinds", FireSafetyKind.values());
        model.addAttribute("canChange", gate.may(centre.id(), CentreAction.PREPARE));
        model.addAttribute("canDecide", gate.may(centre.id(), CentreAction.DECIDE));
        return "premises/show";
    }
}
