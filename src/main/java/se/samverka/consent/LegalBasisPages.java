package se.samverka.consent;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.identity.Actors;
import se.samverka.platform.Changes;
import se.samverka.platform.FormValues;
import se.samverka.rules.DisclosureDecision.LegalBasisKind;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** The catalogue of legal bases: every signed-in user reads it, the county's administrator maintains it. */
@Controller
class LegalBasisPages {

    /** The form as typed; {@code version} is the one the change was made from. */
    record LegalBasisForm(String code, String kind, String statute, String title, String explanation, String version) {

        static LegalBasisForm empty() {
            return new LegalBasisForm("", "", "", "", "", "0");
        }

        static LegalBasisForm of(LegalBasis basis) {
            return new LegalBasisForm(basis.code(), basis.kind().name(), basis.statute(), basis.title(),
                    basis.explanation(), String.valueOf(basis.version()));
        }
    }

    private final LegalBasisCatalogue catalogue;
    private final Actors actors;
    private final Changes changes;

    LegalBasisPages(LegalBasisCatalogue catalogue, Actors actors, Changes changes) {
        this.catalogue = catalogue;
        this.actors = actors;
        this.changes = changes;
    }

    @GetMapping("/rattsliga-grunder")
    String list(Model model) {
        model.addAttribute("entries", catalogue.current());
        model.addAttribute("canMaintain", actors.require().isCountyAdmin());
        return "consent/legal-bases";
    }

    @GetMapping("/rattsliga-grunder/ny")
    String newEntry(Model model) {
        requireCountyAdmin();
        model.addAttribute("form", LegalBasisForm.empty());
        return newForm(model);
    }

    @PostMapping("/rattsliga-grunder")
    String add(@ModelAttribute("form") LegalBasisForm form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        requireCountyAdmin();
        String code = form.code() == null ? "" : form.code().strip().toUpperCase(Locale.ROOT);
        if (!LegalBasis.CODE.matcher(code).matches()) {
            errors.rejectValue("code", "consent.legal-basis.form.code");
        }
        Optional<LegalBasis.Text> text = text(form, errors);
        if (errors.hasErrors()) {
            return newForm(model);
        }
        return changes.attempt(Changes.page(model, LegalBasisCatalogue.AUDIT_TYPE, code), () -> {
            catalogue.add(code, text.orElseThrow());
            redirect.addFlashAttribute("notice", "consent.legal-basis.added");
            return "redirect:/rattsliga-grunder/" + code;
        }, () -> newForm(model));
    }

    @GetMapping("/rattsliga-grunder/{code}")
    String show(@PathVariable String code, Model model) {
        List<LegalBasis> history = history(code);
        model.addAttribute("form", LegalBasisForm.of(history.getFirst()));
        return entry(history, model);
    }

    @PostMapping("/rattsliga-grunder/{code}")
    String change(@PathVariable String code, @ModelAttribute("form") LegalBasisForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        requireCountyAdmin();
        List<LegalBasis> history = history(code);
        Optional<LegalBasis.Text> text = text(form, errors);
        if (errors.hasErrors()) {
            return entry(history, model);
        }
        return changes.attempt(Changes.form(model, errors, LegalBasisCatalogue.AUDIT_TYPE, code,
                () -> history(code).getFirst().version()), () -> {
            catalogue.change(code, FormValues.version(form.version()), text.orElseThrow());
            redirect.addFlashAttribute("notice", "consent.legal-basis.changed");
            return "redirect:/rattsliga-grunder/" + code;
        }, () -> entry(history(code), model));
    }

    @PostMapping("/rattsliga-grunder/{code}/retire")
    String retire(@PathVariable String code, @RequestParam(required = false) String version, Model model,
                  RedirectAttributes redirect) {
        requireCountyAdmin();
        List<LegalBasis> history = history(code);
        return changes.attempt(Changes.page(model, LegalBasisCatalogue.AUDIT_TYPE, code), () -> {
            catalogue.retire(code, FormValues.version(version));
            redirect.addFlashAttribute("notice", "consent.legal-basis.retired");
            return "redirect:/rattsliga-grunder/" + code;
        }, () -> {
            model.addAttribute("form", LegalBasisForm.of(history.getFirst()));
            return entry(history(code), model);
        });
    }

    private List<LegalBasis> history(String code) {
        List<LegalBasis> history = LegalBasis.CODE.matcher(code).matches() ? catalogue.history(code) : List.of();
        if (history.isEmpty()) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        return history;
    }

    private static Optional<LegalBasis.Text> text(LegalBasisForm form, Errors errors) {
        Optional<LegalBasisKind> kind = FormValues.choice(LegalBasisKind.class, form.kind());
        if (kind.isEmpty()) {
            errors.rejectValue("kind", "consent.legal-basis.form.kind");
        }
        line(form.statute(), "statute", LegalBasis.MAX_LINE, errors);
        line(form.title(), "title", LegalBasis.MAX_LINE, errors);
        line(form.explanation(), "explanation", LegalBasis.MAX_EXPLANATION, errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new LegalBasis.Text(kind.orElseThrow(), form.statute(), form.title(), form.explanation()));
    }

    private static void line(String value, String field, int max, Errors errors) {
        if (FormValues.blank(value)) {
            errors.rejectValue(field, "consent.legal-basis.form." + field);
        } else if (value.strip().length() > max) {
            errors.rejectValue(field, "form.too-long", new Object[]{max}, null);
        }
    }

    private String newForm(Model model) {
        model.addAttribute("kinds", LegalBasisKind.values());
        return "consent/legal-basis-new";
    }

    private String entry(List<LegalBasis> history, Model model) {
        model.addAttribute("entry", history.getFirst());
        model.addAttribute("history", history);
        model.addAttribute("kinds", LegalBasisKind.values());
        model.addAttribute("canMaintain", actors.require().isCountyAdmin());
        return "consent/legal-basis";
    }

    private void requireCountyAdmin() {
        if (!actors.require().isCountyAdmin()) {
            throw new AccessDeniedException("Bara länets administratör underhåller katalogen över rättsliga grunder");
        }
    }
}
