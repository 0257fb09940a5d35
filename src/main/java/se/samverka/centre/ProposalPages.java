package se.samverka.centre;

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

/** A principal's administrator accepts or declines what waits for the principal's consent. */
@Controller
class ProposalPages {

    private final PartyConsent consent;
    private final Actors actors;
    private final Changes changes;

    ProposalPages(PartyConsent consent, Actors actors, Changes changes) {
        this.consent = consent;
        this.actors = actors;
        this.changes = changes;
    }

    @GetMapping("/forslag")
    String list(Model model) {
        model.addAttribute("proposals", consent.awaiting(administrator()));
        return "centre/proposals";
    }

    @PostMapping("/forslag/{id}/accept")
    String accept(@PathVariable long id, @RequestParam(required = false) String version, Model model,
                  RedirectAttributes redirect) {
        Actor actor = administrator();
        return changes.attempt(Changes.page(model, PartyConsent.AUDIT_TYPE, id), () -> {
            consent.accept(actor, id, FormValues.version(version));
            redirect.addFlashAttribute("notice", "proposal.accepted");
            return "redirect:/forslag";
        }, () -> list(model));
    }

    @PostMapping("/forslag/{id}/decline")
    String decline(@PathVariable long id, @RequestParam(required = false) String version, Model model,
                   RedirectAttributes redirect) {
        Actor actor = administrator();
        return changes.attempt(Changes.page(model, PartyConsent.AUDIT_TYPE, id), () -> {
            consent.decline(actor, id, FormValues.version(version));
            redirect.addFlashAttribute("notice", "proposal.declined");
            return "redirect:/forslag";
        }, () -> list(model));
    }

    private Actor administrator() {
        Actor actor = actors.require();
        if (actor.scopes(Role.PRINCIPAL_ADMIN).isEmpty()) {
            throw new AccessDeniedException("Inte administratör för en huvudman");
        }
        return actor;
    }
}
