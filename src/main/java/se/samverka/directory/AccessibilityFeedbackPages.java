package se.samverka.directory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.identity.Actor;
import se.samverka.identity.Actors;
import se.samverka.identity.Role;
import se.samverka.platform.Changes;
import se.samverka.platform.FormValues;

/**
 * The visitors' feedback on the directory's accessibility, for the county: the county administrator and the county's
 * follow-up read it (with the e-mail addresses, audited); the administrator marks what is handled. A sub-region's
 * viewer follows only its municipalities and does not see it.
 */
@Controller
class AccessibilityFeedbackPages {

    private final AccessibilityFeedback feedback;
    private final Actors actors;
    private final Changes changes;

    AccessibilityFeedbackPages(AccessibilityFeedback feedback, Actors actors, Changes changes) {
        this.feedback = feedback;
        this.actors = actors;
        this.changes = changes;
    }

    @GetMapping("/lan/tillganglighet")
    String list(Model model) {
        Actor actor = actors.require();
        if (!actor.isCountyAdmin() && !actor.has(Role.COUNTY_VIEWER)) {
            throw new AccessDeniedException("Bara länet läser synpunkterna på tillgängligheten");
        }
        return page(actor, model);
    }

    @PostMapping("/lan/tillganglighet/{id}/hanterad")
    String handled(@PathVariable long id, @RequestParam(required = false) String version, Model model,
                   RedirectAttributes redirect) {
        Actor actor = actors.require();
        if (!actor.isCountyAdmin()) {
            throw new AccessDeniedException("Bara länsadministratören markerar synpunkter som hanterade");
        }
        return changes.attempt(Changes.page(model, AccessibilityFeedback.AUDIT_TYPE, id), () -> {
            feedback.markHandled(id, FormValues.version(version), actor.username());
            redirect.addFlashAttribute("notice", "directory.feedback.marked-handled");
            return "redirect:/lan/tillganglighet";
        }, () -> page(actor, model));
    }

    private String page(Actor actor, Model model) {
        model.addAttribute("items", feedback.list());
        model.addAttribute("canHandle", actor.isCountyAdmin());
        return "directory/feedback";
    }
}
