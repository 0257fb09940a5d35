package se.samverka.consent;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.identity.Actors;
import se.samverka.platform.Changes;
import se.samverka.platform.FormValues;

import java.util.Optional;

/** The county's administrator sets the longest validity of a consent and the retention (under /admin). */
@Controller
class ConsentSettingsPages {

    private static final String PATH = "/admin/sekretess";

    /** The form as typed; {@code version} is the one the change was made from. */
    record SettingsForm(String maxValidityMonths, String retentionYears, String version) {

        static SettingsForm of(ConsentSettings.Settings settings) {
            return new SettingsForm(String.valueOf(settings.maxValidityMonths()),
                    String.valueOf(settings.retentionYears()), String.valueOf(settings.version()));
        }
    }

    private final ConsentSettings settings;
    private final Actors actors;
    private final Changes changes;

    ConsentSettingsPages(ConsentSettings settings, Actors actors, Changes changes) {
        this.settings = settings;
        this.actors = actors;
        this.changes = changes;
    }

    @GetMapping(PATH)
    String show(Model model) {
        model.addAttribute("form", SettingsForm.of(settings.current()));
        return page(model);
    }

    @PostMapping(PATH)
    String change(@ModelAttribute("form") SettingsForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        Optional<Integer> months = within(form.maxValidityMonths(), ConsentSettings.MAX_MONTHS, "maxValidityMonths",
                errors);
        Optional<Integer> years = within(form.retentionYears(), ConsentSettings.MAX_YEARS, "retentionYears", errors);
        if (errors.hasErrors()) {
            return page(model);
        }
        return changes.attempt(Changes.page(model, ConsentSettings.AUDIT_TYPE, "settings"), () -> {
            settings.change(FormValues.version(form.version()), months.orElseThrow(), years.orElseThrow(),
                    actors.require().username());
            redirect.addFlashAttribute("saved", true);
            return "redirect:" + PATH;
        }, () -> page(model));
    }

    private String page(Model model) {
        model.addAttribute("current", settings.current());
        model.addAttribute("history", settings.history());
        return "consent/settings";
    }

    private static Optional<Integer> within(String value, int max, String field, BindingResult errors) {
        Optional<Integer> number = FormValues.integer(value).filter(n -> n >= 1 && n <= max);
        if (number.isEmpty()) {
            errors.rejectValue(field, "consent.settings.form." + field, new Object[]{max}, null);
        }
        return number;
    }
}
