package se.samverka.centre;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
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
import se.samverka.identity.Actor;
import se.samverka.identity.Actors;
import se.samverka.platform.Changes;
import se.samverka.platform.FormValues;
import se.samverka.rules.BaseOperation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A steering group and its members. Anyone who may see one of its centres sees it; changing it
 * needs the right to change every centre it governs, since the change reaches all of them.
 */
@Controller
class SteeringGroupPages {

    static final int MAX_MEMBERS = 30;

    private final CentreRegistry registry;
    private final CentreAccess access;
    private final Actors actors;
    private final Changes changes;

    SteeringGroupPages(CentreRegistry registry, CentreAccess access, Actors actors, Changes changes) {
        this.registry = registry;
        this.access = access;
        this.actors = actors;
        this.changes = changes;
    }

    @GetMapping("/steering-groups/{id}")
    String show(@PathVariable long id, Model model) {
        boolean canEdit = may(id, CentreAction.DESCRIBE);
        if (!canEdit && !may(id, CentreAction.VIEW)) {
            throw new AccessDeniedException("Inte din styrgrupp");
        }
        CentreView.SteeringGroupView group = load(id);
        model.addAttribute("form", SteeringGroupForm.of(group));
        return page(group, canEdit, model);
    }

    @PostMapping("/steering-groups/{id}")
    String reconstitute(@PathVariable long id, @RequestParam(required = false) String action,
                        @RequestParam(required = false) String remove,
                        @ModelAttribute("form") SteeringGroupForm form, BindingResult binding, Model model,
                        RedirectAttributes redirect) {
        if (!may(id, CentreAction.DESCRIBE)) {
            throw new AccessDeniedException("Får inte ändra styrgruppen");
        }
        CentreView.SteeringGroupView group = load(id);
        if (remove != null) {
            model.addAttribute("form", form.without(FormValues.integer(remove).orElse(-1)));
            return page(group, true, model);
        }
        if ("add-member".equals(action)) {
            if (form.members().size() >= MAX_MEMBERS) {
                binding.reject("steering-group.members.too-many", new Object[]{MAX_MEMBERS}, null);
                return page(group, true, model);
            }
            model.addAttribute("form", form.withEmptyRow());
            return page(group, true, model);
        }
        List<SteeringGroupMember> members = validate(form, binding);
        if (binding.hasErrors()) {
            return page(group, true, model);
        }
        return changes.attempt(Changes.form(model, binding, CentreRegistry.STEERING_GROUP, id, group::version), () -> {
            registry.reconstitute(id, form.expectedVersion(), form.name(), members);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/steering-groups/" + id;
        }, () -> page(group, true, model));
    }

    private List<SteeringGroupMember> validate(SteeringGroupForm form, BindingResult binding) {
        if (form.name() == null || form.name().isBlank()) {
            binding.rejectValue("name", "steering-group.name.required");
        } else if (form.name().trim().length() > CentreFormValidation.MAX_TEXT) {
            binding.rejectValue("name", "form.too-long", new Object[]{CentreFormValidation.MAX_TEXT}, null);
        }
        if (form.members().size() > MAX_MEMBERS) {
            binding.reject("steering-group.members.too-many", new Object[]{MAX_MEMBERS}, null);
            return List.of();
        }
        var members = new ArrayList<SteeringGroupMember>();
        for (int i = 0; i < form.members().size(); i++) {
            SteeringGroupForm.MemberRow row = form.members().get(i);
            if (row == null || row.blank()) {
                continue;
            }
            boolean valid = true;
            if (row.name() == null || row.name().isBlank()) {
                binding.rejectValue("members[" + i + "].name", "steering-group.member.name.required");
                valid = false;
            } else if (row.name().trim().length() > CentreFormValidation.MAX_TEXT) {
                binding.rejectValue("members[" + i + "].name", "form.too-long", new Object[]{CentreFormValidation.MAX_TEXT}, null);
                valid = false;
            }
            if (row.title() == null || row.title().isBlank()) {
                binding.rejectValue("members[" + i + "].title", "steering-group.member.title.required");
                valid = false;
            } else if (row.title().trim().length() > CentreFormValidation.MAX_TEXT) {
                binding.rejectValue("members[" + i + "].title", "form.too-long", new Object[]{CentreFormValidation.MAX_TEXT}, null);
                valid = false;
            }
            if (valid) {
                members.add(new SteeringGroupMember(row.name(), row.title(), row.operationValue()));
            }
        }
        return members;
    }

    private CentreView.SteeringGroupView load(long id) {
        return registry.steeringGroup(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /**
     * A steering group's members are shown to whoever may see one of the centres it governs, and changed by whoever
     * may keep the registry details of every one of them.
     */
    private boolean may(long id, CentreAction action) {
        Actor actor = actors.require();
        List<CentreAccess.Facts> governed = registry.governedBy(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return action == CentreAction.DESCRIBE
                ? !governed.isEmpty() && governed.stream().allMatch(facts -> access.may(actor, action, facts))
                : governed.stream().anyMatch(facts -> access.may(actor, action, facts));
    }

    private String page(CentreView.SteeringGroupView group, boolean canEdit, Model model) {
        Actor actor = actors.require();
        model.addAttribute("group", group);
        // A group may govern centres the user may not open: those are named without a link.
        model.addAttribute("openable", registry.governedBy(group.id()).orElseThrow().stream()
                .filter(facts -> access.may(actor, CentreAction.VIEW, facts)).map(CentreAccess.Facts::centreId)
                .collect(Collectors.toSet()));
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("operations", BaseOperation.values());
        return "centre/steering-group";
    }
}
