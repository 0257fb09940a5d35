package se.samverka.directory;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BeanPropertyBindingResult;
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
import se.samverka.centre.PublicListing;
import se.samverka.centre.PublicListing.Listed;
import se.samverka.directory.PublicInfo.ClosureReason;
import se.samverka.directory.PublicInfo.Feature;
import se.samverka.directory.PublicInfo.HoursKind;
import se.samverka.directory.PublicPageForms.AccessibilityForm;
import se.samverka.directory.PublicPageForms.ClosureForm;
import se.samverka.directory.PublicPageForms.ContactForm;
import se.samverka.directory.PublicPageForms.HoursForm;
import se.samverka.directory.PublicPageForms.TextsForm;
import se.samverka.identity.Actors;
import se.samverka.platform.Changes;
import se.samverka.platform.FormValues;
import se.samverka.platform.PageLocale;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.Participation;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The coordinator's editing of a centre's public page: contact, accessibility and languages, texts, hours and
 * closures go to a draft; a preview shows the draft as the public would see it; publishing shows it to the public.
 * Whoever may prepare the centre's matters edits and publishes (§11: the coordinator prepares, the page decides nothing).
 */
@Controller
class PublicPageEditor {

    private final PublicPageWork work;
    private final PublicListing listing;
    private final Languages languages;
    private final CentreGate gate;
    private final Actors actors;
    private final Changes changes;
    private final PublicCentrePages publicCentrePages;
    private final Clock clock;

    PublicPageEditor(PublicPageWork work, PublicListing listing, Languages languages, CentreGate gate, Actors actors,
                     Changes changes, PublicCentrePages publicCentrePages, Clock clock) {
        this.languages = languages;
        this.publicCentrePages = publicCentrePages;
        this.work = work;
        this.listing = listing;
        this.gate = gate;
        this.actors = actors;
        this.changes = changes;
        this.clock = clock;
    }

    @GetMapping("/centres/{id}/public-page")
    String show(@PathVariable long id, Model model) {
        CentreView centre = gate.require(id, CentreAction.FOLLOW);
        return page(centre, model, null);
    }

    @PostMapping("/centres/{id}/public-page/contact")
    String contact(@PathVariable long id, @ModelAttribute("contact") ContactForm form, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        var contact = PublicPageForms.contact(form, errors);
        if (contact.isEmpty()) {
            return page(centre, model, "contact");
        }
        var c = contact.get();
        return changes.attempt(Changes.form(model, errors, PublicPageWork.AUDIT_TYPE, id, () -> work.version(id)),
                () -> {
                    work.edit(id, info -> info.withContact(c.phone(), c.email(), c.website(), c.directions(),
                            c.transit(), c.coordinates()), FormValues.version(form.version()), "kontaktuppgifter");
                    return saved(id, redirect, "directory.edit.saved.contact");
                }, () -> page(centre, model, "contact"));
    }

    @PostMapping("/centres/{id}/public-page/accessibility")
    String accessibility(@PathVariable long id, @ModelAttribute("accessibility") AccessibilityForm form,
                         BindingResult errors, Model model, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        var accessibility = PublicPageForms.accessibility(form, errors);
        if (accessibility.isEmpty()) {
            return page(centre, model, "accessibility");
        }
        var a = accessibility.get();
        return changes.attempt(Changes.form(model, errors, PublicPageWork.AUDIT_TYPE, id, () -> work.version(id)),
                () -> {
                    work.edit(id, info -> info.withAccessibility(a.features(), a.note(), a.languages()),
                            FormValues.version(form.version()), "tillgänglighet och språk");
                    return saved(id, redirect, "directory.edit.saved.accessibility");
                }, () -> page(centre, model, "accessibility"));
    }

    /**
     * The texts are read from the request's parameters ("texts[CHILD_HEALTH-en]") rather than bound to a map, so
     * that no value a client sends can fail the binding.
     */
    @PostMapping("/centres/{id}/public-page/texts")
    String texts(@PathVariable long id, @RequestParam MultiValueMap<String, String> parameters, Model model,
                 RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        TextsForm form = TextsForm.of(parameters);
        BindingResult errors = new BeanPropertyBindingResult(form, "texts");
        model.addAttribute("texts", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "texts", errors);
        var texts = PublicPageForms.texts(form, operations(id), languages.all(), errors);
        if (texts.isEmpty()) {
            return page(centre, model, "texts");
        }
        return changes.attempt(Changes.form(model, errors, PublicPageWork.AUDIT_TYPE, id, () -> work.version(id)),
                () -> {
                    work.edit(id, info -> info.withTexts(texts.get()), FormValues.version(form.version()),
                            "texter om verksamheterna");
                    return saved(id, redirect, "directory.edit.saved.texts");
                }, () -> page(centre, model, "texts"));
    }

    @PostMapping("/centres/{id}/public-page/hours")
    String addHours(@PathVariable long id, @ModelAttribute("hours") HoursForm form, BindingResult errors,
                    @RequestParam(required = false) String version, Model model, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        var hours = PublicPageForms.hours(form, operations(id), errors);
        if (hours.isEmpty()) {
            return page(centre, model, "hours");
        }
        return changes.attempt(Changes.form(model, errors, PublicPageWork.AUDIT_TYPE, id, () -> work.version(id)),
                () -> {
                    work.edit(id, info -> info.withHours(hours.get()), FormValues.version(version), "tider tillagda");
                    return saved(id, redirect, "directory.edit.saved.hours");
                }, () -> page(centre, model, "hours"));
    }

    @PostMapping("/centres/{id}/public-page/hours/{index}/remove")
    String removeHours(@PathVariable long id, @PathVariable int index,
                       @RequestParam(required = false) String version, Model model, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        return changes.attempt(Changes.page(model, PublicPageWork.AUDIT_TYPE, id), () -> {
            work.edit(id, info -> info.withoutHours(index), FormValues.version(version), "tider borttagna");
            return saved(id, redirect, "directory.edit.saved.hours-removed");
        }, () -> page(centre, model, null));
    }

    @PostMapping("/centres/{id}/public-page/closures")
    String addClosure(@PathVariable long id, @ModelAttribute("closure") ClosureForm form, BindingResult errors,
                      @RequestParam(required = false) String version, Model model, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        var closure = PublicPageForms.closure(form, operations(id), LocalDate.now(clock), errors);
        if (closure.isEmpty()) {
            return page(centre, model, "closure");
        }
        return changes.attempt(Changes.form(model, errors, PublicPageWork.AUDIT_TYPE, id, () -> work.version(id)),
                () -> {
                    work.edit(id, info -> info.withClosure(closure.get()), FormValues.version(version),
                            "stängt tillagt");
                    return saved(id, redirect, "directory.edit.saved.closure");
                }, () -> page(centre, model, "closure"));
    }

    @PostMapping("/centres/{id}/public-page/closures/{index}/remove")
    String removeClosure(@PathVariable long id, @PathVariable int index,
                         @RequestParam(required = false) String version, Model model, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        return changes.attempt(Changes.page(model, PublicPageWork.AUDIT_TYPE, id), () -> {
            work.edit(id, info -> info.withoutClosure(index), FormValues.version(version), "stängt borttaget");
            return saved(id, redirect, "directory.edit.saved.closure-removed");
        }, () -> page(centre, model, null));
    }

    @PostMapping("/centres/{id}/public-page/publish")
    String publish(@PathVariable long id, @RequestParam(required = false) String version, Model model,
                   RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        return changes.attempt(Changes.page(model, PublicPageWork.AUDIT_TYPE, id), () -> {
            work.publish(id, actors.require().username(), FormValues.version(version));
            return saved(id, redirect, "directory.edit.published");
        }, () -> page(centre, model, null));
    }

    @PostMapping("/centres/{id}/public-page/unpublish")
    String unpublish(@PathVariable long id, @RequestParam(required = false) String version, Model model,
                     RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        return changes.attempt(Changes.page(model, PublicPageWork.AUDIT_TYPE, id), () -> {
            work.unpublish(id, FormValues.version(version));
            return saved(id, redirect, "directory.edit.unpublished");
        }, () -> page(centre, model, null));
    }

    /** The draft as the public would see it, in Swedish or English; nothing here is cached or indexed. */
    @GetMapping({"/centres/{id}/public-page/preview", "/centres/{id}/public-page/preview/{tag}"})
    String preview(@PathVariable long id, @PathVariable(required = false) String tag, HttpServletRequest request,
                   HttpServletResponse response, Model model) {
        gate.require(id, CentreAction.FOLLOW);
        Listed centre = listing.covered(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Language language = tag == null ? languages.swedish()
                : languages.byPrefix(tag).orElseThrow(DirectoryPages::notFound);
        PublicInfo draft = work.read(id).draft();
        PageLocale.set(request, language.locale());
        response.setHeader("X-Robots-Tag", "noindex");
        model.addAttribute("language", language);
        model.addAttribute("languages", languages.all());
        return publicCentrePages.show(centre, draft, null, language, model, true);
    }

    private String saved(long id, RedirectAttributes redirect, String notice) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/centres/" + id + "/public-page";
    }

    /** The operations the centre has in the registry: the only ones it may write about or give hours for. */
    private List<BaseOperation> operations(long id) {
        return listing.covered(id).map(l -> l.participations().stream().map(Participation::operation).toList())
                .orElse(List.of());
    }

    /** The page, with the sent form ({@code sent}) as typed and the others as in the draft. */
    private String page(CentreView centre, Model model, String sent) {
        var editing = work.read(centre.id());
        int version = editing.version();
        PublicInfo draft = editing.draft();
        if (!"contact".equals(sent)) {
            model.addAttribute("contact", ContactForm.of(draft, version));
        }
        if (!"accessibility".equals(sent)) {
            model.addAttribute("accessibility", AccessibilityForm.of(draft, version));
        }
        if (!"texts".equals(sent)) {
            model.addAttribute("texts", TextsForm.of(draft, version));
        }
        if (!"hours".equals(sent)) {
            model.addAttribute("hours", HoursForm.empty());
        }
        if (!"closure".equals(sent)) {
            model.addAttribute("closure", ClosureForm.empty());
        }
        var listed = listing.covered(centre.id());
        model.addAttribute("centre", centre);
        model.addAttribute("covered", listed.isPresent());
        model.addAttribute("editing", editing);
        model.addAttribute("version", version);
        model.addAttribute("view", listed.map(l -> PublicCentre.of(l, draft, null, languages.swedish(),
                LocalDateTime.now(clock))).orElse(null));
        model.addAttribute("operations", operations(centre.id()));
        model.addAttribute("hoursLines", PublicCentre.lines(draft.hours(), Locale.forLanguageTag("sv")));
        model.addAttribute("languages", languages.all());
        model.addAttribute("staffLanguages", LanguageNames.of(LanguageNames.OFFERED, Locale.forLanguageTag("sv")));
        model.addAttribute("features", Feature.values());
        model.addAttribute("hoursKinds", HoursKind.values());
        model.addAttribute("reasons", ClosureReason.values());
        model.addAttribute("weekDays", DayOfWeek.values());
        model.addAttribute("canChange", listed.isPresent() && gate.may(centre.id(), CentreAction.PREPARE));
        return "directory/edit";
    }
}
