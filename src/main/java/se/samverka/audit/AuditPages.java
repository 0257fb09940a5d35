package se.samverka.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for review by the county's administrators (/admin is theirs only). */
@Controller
class AuditPages {

    static final int LIMIT = 500;

    private final AuditEvents events;

    AuditPages(AuditEvents events) {
        this.events = events;
    }

    @GetMapping("/admin/audit")
    String review(@RequestParam(required = false) String objectType, @RequestParam(required = false) String objectId,
                  Model model) {
        String type = objectType == null || objectType.isBlank() ? null : objectType.trim();
        String id = objectId == null || objectId.isBlank() ? null : objectId.trim();
        model.addAttribute("events", events.latest(type, id, LIMIT));
        model.addAttribute("objectType", type);
        model.addAttribute("objectId", id);
        model.addAttribute("limit", LIMIT);
        return "audit/review";
    }
}
