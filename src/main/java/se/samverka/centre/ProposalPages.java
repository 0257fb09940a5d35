package se.samverka.centre;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
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
import se.samverka.platform.FormValues;

/** A principal's administrator accepts or declines what waits for the principal's consent. */
@Controller
class ProposalPages {

    private final PartyConsent consent;
    private final Actors actors;

    ProposalPages(PartyConsent consent, Actors actors) {
        this.consent = consent;
        this.actors = actors;
    }

    @GetMapping("/forslag")
    String list(Model model) {
        model.addAttribute("proposals", consent.awaiting(administrator()));
        return "centre/proposals";
    }

    @PostMapping("/forslag/{id}/accept")
    String accept(@PathVariable long id, @RequestParam(required = false) String version, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = administrator();
        try {
            consent.accept(actor, id, FormValues.version(version));
        } catch (ProposalException | OptimisticLockingFailureException e) {
            return refused(e, model, response);
        }
        redirect.addFlashAttribute("notice", "proposal.accepted");
        return "redirect:/forslag";
    }

    @PostMapping("/forslag/{id}/decline")
    String decline(@PathVariable long id, @RequestParam(required = false) String version, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = administrator();
        try {
            consent.decline(actor, id, FormValues.version(version));
        } catch (ProposalException | OptimisticLockingFailureException e) {
            return refused(e, model, response);
        }
        redirect.addFlashAttribute("notice", "proposal.declined");
        return "redirect:/forslag";
    }

    private String refused(RuntimeException e, Model model, HttpServletResponse response) {
        boolean unknown = e instanceof ProposalException p && "unknown".equals(p.code());
        response.setStatus(unknown ? HttpStatus.NOT_FOUND.value() : HttpStatus.CONFLICT.value());
        model.addAttribute("refusal", e instanceof ProposalException p ? "proposal.refused." + p.code()
                : "proposal.refused.changed");
        model.addAttribute("proposals", consent.awaiting(actors.require()));
        return "centre/proposals";
    }

    private Actor administrator() {
        Actor actor = actors.require();
        if (actor.scopes(Role.PRINCIPAL_ADMIN).isEmpty()) {
            throw new AccessDeniedException("Inte administratör för en huvudman");
        }
        return actor;
    }
}
