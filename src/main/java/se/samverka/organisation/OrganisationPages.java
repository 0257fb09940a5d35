package se.samverka.organisation;

import jakarta.validation.Valid;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.identity.Actor;
import se.samverka.identity.Actors;
import se.samverka.platform.Changes;
import se.samverka.rules.BaseOperation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Principals and their units, for county and principal administrators. */
@Controller
class OrganisationPages {

    private final Organisations organisations;
    private final OrganisationAccess access;
    private final Actors actors;
    private final Changes changes;

    OrganisationPages(Organisations organisations, OrganisationAccess access, Actors actors, Changes changes) {
        this.organisations = organisations;
        this.access = access;
        this.actors = actors;
        this.changes = changes;
    }

    @GetMapping("/organisations")
    String list(Model model) {
        Actor actor = actors.require();
        List<PrincipalSummary> visible = organisations.principals().stream()
                .filter(p -> access.canManage(actor, p.id()))
                .toList();
        if (visible.isEmpty()) {
            throw new AccessDeniedException("Ingen huvudman att administrera");
        }
        Map<Long, Long> unitCounts = organisations.allUnits().stream()
                .collect(Collectors.groupingBy(u -> u.principal().id(), Collectors.counting()));
        model.addAttribute("principals", visible);
        model.addAttribute("unitCounts", unitCounts);
        model.addAttribute("canCreate", access.canCreatePrivateProvider(actor));
        return "organisation/list";
    }

    @GetMapping("/organisations/new")
    String newProvider(Model model) {
        requireCreate();
        model.addAttribute("principalForm", new PrincipalForm("", "", "0"));
        return "organisation/new";
    }

    @PostMapping("/organisations")
    String createProvider(@Valid @ModelAttribute("principalForm") PrincipalForm form, BindingResult binding,
                          RedirectAttributes redirect) {
        requireCreate();
        Optional<OrganisationNumber> number = OrganisationNumberField.check(form.organisationNumber(),
                "organisationNumber", binding, true);
        if (binding.hasErrors() || number.isEmpty()) {
            return "organisation/new";
        }
        try {
            long id = organisations.createPrivateProvider(form.name(), number.get());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/organisations/" + id;
        } catch (DuplicateKeyException e) {
            binding.rejectValue("organisationNumber", "organisation.number.taken");
            return "organisation/new";
        }
    }

    @GetMapping("/organisations/{id}")
    String show(@PathVariable long id, Model model) {
        PrincipalSummary principal = manageable(id);
        model.addAttribute("principalForm", principalForm(principal));
        model.addAttribute("unitForm", new UnitForm("", "", "", "0"));
        return page(principal, model);
    }

    @PostMapping("/organisations/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("principalForm") PrincipalForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        PrincipalSummary principal = manageable(id);
        model.addAttribute("unitForm", new UnitForm("", "", "", "0"));
        Optional<OrganisationNumber> number = OrganisationNumberField.check(form.organisationNumber(),
                "organisationNumber", binding, true);
        if (binding.hasErrors() || number.isEmpty()) {
            return page(principal, model);
        }
        var target = Changes.form(model, binding, OrganisationAuditNames.PRINCIPAL, id, principal::version);
        return changes.attempt(target, () -> {
            try {
                organisations.updatePrincipal(id, form.expectedVersion(), form.name(), number.get());
            } catch (DuplicateKeyException e) {
                binding.rejectValue("organisationNumber", "organisation.number.taken");
                return page(principal, model);
            }
            redirect.addFlashAttribute("saved", true);
            return "redirect:/organisations/" + id;
        }, () -> page(principal, model));
    }

    @PostMapping("/organisations/{id}/units")
    String createUnit(@PathVariable long id, @Valid @ModelAttribute("unitForm") UnitForm form, BindingResult binding,
                      Model model, RedirectAttributes redirect) {
        PrincipalSummary principal = manageable(id);
        model.addAttribute("principalForm", principalForm(principal));
        Optional<BaseOperation> operation = form.operationValue();
        if (operation.isEmpty()) {
            binding.rejectValue("operation", "unit.operation.required");
        } else if (!principal.kind().runs(operation.get())) {
            binding.rejectValue("operation", "unit.operation.not-run-by");
        }
        Optional<HsaId> hsaId = HsaIdField.check(form.hsaId(), binding);
        if (binding.hasErrors()) {
            return page(principal, model);
        }
        try {
            organisations.createUnit(id, form.name(), operation.get(), hsaId.orElse(null));
        } catch (DuplicateKeyException e) {
            binding.reject("unit.duplicate");
            return page(principal, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/organisations/" + id;
    }

    @GetMapping("/units/{id}")
    String editUnit(@PathVariable long id, Model model) {
        UnitSummary unit = manageableUnit(id);
        model.addAttribute("unit", unit);
        model.addAttribute("unitForm", new UnitForm(unit.name(), unit.operation().name(),
                unit.hsaId() == null ? "" : unit.hsaId(), String.valueOf(unit.version())));
        return "organisation/unit";
    }

    @PostMapping("/units/{id}")
    String updateUnit(@PathVariable long id, @Valid @ModelAttribute("unitForm") UnitForm form, BindingResult binding,
                      Model model, RedirectAttributes redirect) {
        UnitSummary unit = manageableUnit(id);
        model.addAttribute("unit", unit);
        Optional<HsaId> hsaId = HsaIdField.check(form.hsaId(), binding);
        if (binding.hasFieldErrors("name") || binding.hasFieldErrors("hsaId")) {
            return "organisation/unit";
        }
        return changes.attempt(Changes.form(model, binding, OrganisationAuditNames.UNIT, id, unit::version), () -> {
            try {
                organisations.updateUnit(id, form.expectedVersion(), form.name(), hsaId.orElse(null));
            } catch (DuplicateKeyException e) {
                binding.reject("unit.duplicate");
                return "organisation/unit";
            }
            redirect.addFlashAttribute("saved", true);
            return "redirect:/organisations/" + unit.principal().id();
        }, () -> "organisation/unit");
    }

    private static PrincipalForm principalForm(PrincipalSummary principal) {
        return new PrincipalForm(principal.name(),
                principal.organisationNumber() == null ? "" : principal.organisationNumber(),
                String.valueOf(principal.version()));
    }

    private String page(PrincipalSummary principal, Model model) {
        model.addAttribute("principal", principal);
        model.addAttribute("municipality", principal.municipalityCode() == null ? null
                : organisations.municipality(principal.municipalityCode()).orElse(null));
        model.addAttribute("units", organisations.unitsOf(principal.id()));
        model.addAttribute("operations", Arrays.stream(BaseOperation.values())
                .filter(operation -> principal.kind().runs(operation)).toList());
        return "organisation/principal";
    }

    private PrincipalSummary manageable(long id) {
        Actor actor = actors.require();
        PrincipalSummary principal = organisations.principal(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!access.canManage(actor, id)) {
            throw new AccessDeniedException("Inte din huvudman");
        }
        return principal;
    }

    private UnitSummary manageableUnit(long id) {
        Actor actor = actors.require();
        UnitSummary unit = organisations.unit(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!access.canManage(actor, unit.principal().id())) {
            throw new AccessDeniedException("Inte din enhet");
        }
        return unit;
    }

    private void requireCreate() {
        if (!access.canCreatePrivateProvider(actors.require())) {
            throw new AccessDeniedException("Bara länets administratörer lägger till privata vårdgivare");
        }
    }
}
