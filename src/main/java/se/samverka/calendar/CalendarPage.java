package se.samverka.calendar;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.identity.Actor;
import se.samverka.identity.Actors;

/** Where a user makes, renews and revokes their own subscription link. */
@Controller
class CalendarPage {

    private final Subscriptions subscriptions;
    private final Actors actors;

    CalendarPage(Subscriptions subscriptions, Actors actors) {
        this.subscriptions = subscriptions;
        this.actors = actors;
    }

    @GetMapping("/kalender")
    String show(Model model) {
        Actor actor = actors.require();
        model.addAttribute("link", subscriptions.active(actor.username()).orElse(null));
        return "calendar/show";
    }

    @PostMapping("/kalender/link")
    String renew(HttpServletRequest request, RedirectAttributes redirect) {
        String token = subscriptions.renew(actors.require().username());
        String base = request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort())
                + request.getContextPath();
        redirect.addFlashAttribute("url", base + "/kalender/" + token + ".ics");
        redirect.addFlashAttribute("notice", "calendar.created");
        return "redirect:/kalender";
    }

    @PostMapping("/kalender/link/revoke")
    String revoke(RedirectAttributes redirect) {
        boolean revoked = subscriptions.revoke(actors.require().username());
        redirect.addFlashAttribute("notice", revoked ? "calendar.revoked" : "calendar.nothing-to-revoke");
        return "redirect:/kalender";
    }
}
