package se.samverka.consent;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.consent.PersonForms.PersonForm;
import se.samverka.platform.Changes;
import se.samverka.platform.FormValues;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.IdentityNumber;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Staff keep their operation's register of persons at a centre (R13d, R13e). */
@Controller
class RegisterPages {

    private static final String EDIT = "edit";
    /** What is searched as an identity number rather than a name: digits, perhaps with a separator. */
    private static final Pattern NUMBER_LIKE = Pattern.compile("[0-9][0-9 +-]*");
    private static final int MAX_QUERY = 100;

    private final PersonRegister register;
    private final Consents consents;
    private final Disclosures disclosures;
    private final Changes changes;
    private final Clock clock;

    RegisterPages(PersonRegister register, Consents consents, Disclosures disclosures, Changes changes, Clock clock) {
        this.register = register;
        this.consents = consents;
        this.disclosures = disclosures;
        this.changes = changes;
        this.clock = clock;
    }

    @GetMapping("/personregister")
    String registers(Model model) {
        model.addAttribute("registers", register.registers());
        return "consent/registers";
    }

    @GetMapping("/centres/{centreId}/register/{unitId}")
    String list(@PathVariable long centreId, @PathVariable long unitId,
                @RequestParam(required = false) String q, @RequestParam(required = false) String page, Model model) {
        Register at = register.require(centreId, unitId);
        String query = q == null ? "" : q.strip();
        model.addAttribute("register", at);
        model.addAttribute("q", query);
        if (query.length() > MAX_QUERY) {
            model.addAttribute("queryError", "consent.register.query-too-long");
            return "consent/register";
        }
        IdentityNumber number = null;
        if (NUMBER_LIKE.matcher(query).matches()) {
            IdentityNumber.Check check = IdentityNumber.check(query, LocalDate.now(clock));
            if (!check.valid()) {
                model.addAttribute("queryError", check.problem().messageKey());
                return "consent/register";
            }
            number = check.number();
        }
        model.addAttribute("searchedNumber", number != null);
        model.addAttribute("persons", register.list(at, number == null ? query : null, number,
                FormValues.integer(page).orElse(1)));
        return "consent/register";
    }

    @GetMapping("/centres/{centreId}/register/{unitId}/new")
    String newPerson(@PathVariable long centreId, @PathVariable long unitId, Model model) {
        model.addAttribute("form", PersonForm.empty());
        return form(register.require(centreId, unitId), model);
    }

    @PostMapping("/centres/{centreId}/register/{unitId}/persons")
    String create(@PathVariable long centreId, @PathVariable long unitId, @ModelAttribute("form") PersonForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        Register at = register.require(centreId, unitId);
        var person = PersonForms.newPerson(form, LocalDate.now(clock), errors);
        if (person.isEmpty()) {
            return form(at, model);
        }
        return changes.attempt(Changes.page(model, PersonRegister.AUDIT_TYPE, null), () -> {
            long id = register.register(at, person.get().details(), person.get().number(),
                    person.get().reserveNumber());
            redirect.addFlashAttribute("notice", "consent.person.registered-notice");
            if (person.get().details().protectedIdentity()) {
                return "redirect:/centres/" + centreId + "/register/" + unitId;
            }
            return "redirect:/centres/" + centreId + "/register/" + unitId + "/persons/" + id;
        }, () -> form(at, model));
    }

    @GetMapping("/centres/{centreId}/register/{unitId}/persons/{personId}")
    String show(@PathVariable long centreId, @PathVariable long unitId, @PathVariable long personId, Model model) {
        Register at = register.require(centreId, unitId);
        model.addAttribute("register", at);
        if (register.isProtected(at, personId)) {
            model.addAttribute("personId", personId);
            model.addAttribute("reason", "");
            return "consent/reason";
        }
        return person(at, register.open(at, personId, null).orElseThrow(), model);
    }

    /**
     * A person with protected identity, opened with the reason the user gives; the reason is logged with the read.
     * With {@code then=edit} the person opens in the form that corrects them.
     */
    @PostMapping("/centres/{centreId}/register/{unitId}/persons/{personId}/open")
    String open(@PathVariable long centreId, @PathVariable long unitId, @PathVariable long personId,
                @RequestParam(required = false) String reason, @RequestParam(required = false) String then,
                Model model) {
        Register at = register.require(centreId, unitId);
        model.addAttribute("register", at);
        String given = reason == null ? "" : reason.strip();
        if (given.isEmpty() || given.length() > PersonRegister.MAX_REASON) {
            model.addAttribute("personId", personId);
            model.addAttribute("reason", given.length() > PersonRegister.MAX_REASON ? "" : given);
            model.addAttribute("reasonError", given.isEmpty() ? "consent.reason.missing" : "consent.reason.too-long");
            model.addAttribute("then", EDIT.equals(then) ? EDIT : null);
            return "consent/reason";
        }
        PersonRegister.PersonView person = register.open(at, personId, given).orElseThrow();
        if (EDIT.equals(then)) {
            model.addAttribute("form", PersonForm.of(person));
            return editForm(at, person.id(), model);
        }
        return person(at, person, model);
    }

    @GetMapping("/centres/{centreId}/register/{unitId}/persons/{personId}/edit")
    String edit(@PathVariable long centreId, @PathVariable long unitId, @PathVariable long personId, Model model) {
        Register at = register.require(centreId, unitId);
        model.addAttribute("register", at);
        if (register.isProtected(at, personId)) {
            model.addAttribute("personId", personId);
            model.addAttribute("reason", "");
            model.addAttribute("then", EDIT);
            return "consent/reason";
        }
        model.addAttribute("form", PersonForm.of(register.open(at, personId, null).orElseThrow()));
        return editForm(at, personId, model);
    }

    @PostMapping("/centres/{centreId}/register/{unitId}/persons/{personId}")
    String correct(@PathVariable long centreId, @PathVariable long unitId, @PathVariable long personId,
                   @ModelAttribute("form") PersonForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        Register at = register.require(centreId, unitId);
        register.person(at, personId);
        var details = PersonForms.details(form, errors);
        if (details.isEmpty()) {
            return editForm(at, personId, model);
        }
        return changes.attempt(Changes.form(model, errors, PersonRegister.AUDIT_TYPE, personId,
                () -> register.person(at, personId).version()), () -> {
            register.correct(at, personId, details.get(), FormValues.version(form.version()));
            redirect.addFlashAttribute("notice", "consent.person.corrected");
            return "redirect:/centres/" + centreId + "/register/" + unitId + "/persons/" + personId;
        }, () -> editForm(at, personId, model));
    }

    private String editForm(Register at, long personId, Model model) {
        model.addAttribute("personId", personId);
        return form(at, model);
    }

    /** A consent as the person's page lists it, with how it stands today. */
    record ConsentLine(ConsentRecord consent, ConsentRecord.Status status, boolean signedForm) {
    }

    /** The person's page: their record, consents, what was disclosed and received, and refused disclosures. */
    private String person(Register at, PersonRegister.PersonView person, Model model) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, BaseOperation> operations = new HashMap<>();
        register.operationsAt(at).forEach((operation, unit) -> operations.put(unit.id(), operation));
        model.addAttribute("person", person);
        Set<Long> signed = consents.withSignedForm(person.id());
        model.addAttribute("consents", consents.of(person.id()).stream()
                .map(consent -> new ConsentLine(consent, consent.status(today), signed.contains(consent.id())))
                .toList());
        model.addAttribute("disclosures", disclosures.of(person.id()));
        model.addAttribute("refusals", disclosures.refusals(person.id()));
        model.addAttribute("operationOf", operations);
        model.addAttribute("canDisclose", operations.size() > 1);
        return "consent/person";
    }

    private String form(Register at, Model model) {
        model.addAttribute("register", at);
        model.addAttribute("kinds", PersonKind.values());
        return "consent/person-form";
    }
}
