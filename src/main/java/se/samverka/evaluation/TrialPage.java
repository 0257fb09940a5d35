package se.samverka.evaluation;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.Classifier;
import se.samverka.rules.OtherActor;

/** "Pröva": anyone can see what the agreement makes of a planned configuration. */
@Controller
class TrialPage {

    @GetMapping("/prova")
    String page(@ModelAttribute("form") TrialForm form, Model model) {
        evaluate(form, model);
        return "evaluation/trial";
    }

    @HxRequest
    @GetMapping("/prova")
    String result(@ModelAttribute("form") TrialForm form, Model model) {
        evaluate(form, model);
        return "evaluation/trial :: result";
    }

    private static void evaluate(TrialForm form, Model model) {
        model.addAttribute("operations", BaseOperation.values());
        model.addAttribute("otherActors", OtherActor.values());
        model.addAttribute("invalidInput", form.hasUnknownValues());
        model.addAttribute("coLocatedIgnored", form.coLocatedWithoutTakingPart());
        model.addAttribute("classification", form.nothingTicked() ? null : Classifier.classify(form.toConfiguration()));
    }
}
