package se.samverka.audit;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverka.platform.FormValues;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The county's review of the audit log (who read or changed what, and whose personal data) and the verification of
 * its hash chain. For the log reviewer and the county administrator, checked on every request.
 */
@Controller
class AuditPages {

    static final String REVIEW = "/granskning";
    static final String VERIFICATION = "/granskning/verifiering";
    static final int PAGE_SIZE = 50;
    private static final int MAX_TEXT = 200;

    private final AuditEvents events;
    private final AuditNames names;
    private final AuditChain chain;
    private final AuditVerificationReport report;
    private final AuditLog audit;
    private final List<AuditReviewers> reviewers;

    AuditPages(AuditEvents events, AuditNames names, AuditChain chain, AuditVerificationReport report, AuditLog audit,
               List<AuditReviewers> reviewers) {
        this.events = events;
        this.names = names;
        this.chain = chain;
        this.report = report;
        this.audit = audit;
        this.reviewers = reviewers;
    }

    @GetMapping(REVIEW)
    String review(@ModelAttribute("filter") AuditFilter filter, BindingResult errors,
                  @RequestParam(required = false) String before, @RequestParam(required = false) String after,
                  Model model) {
        requireReviewer();
        Map<String, String> types = names.types();
        AuditQuery query = query(filter, types.keySet(), errors);
        model.addAttribute("types", types);
        model.addAttribute("actions", EnumSet.allOf(AuditAction.class));
        model.addAttribute("pageSize", PAGE_SIZE);
        if (errors.hasErrors()) {
            model.addAttribute("entries", List.of());
            return "audit/review";
        }
        AuditCursor newerThan = AuditCursor.parse(after).orElse(null);
        AuditPage page = newerThan != null ? events.newer(query, newerThan, PAGE_SIZE)
                : events.older(query, AuditCursor.parse(before).orElse(null), PAGE_SIZE);
        model.addAttribute("entries", names.describe(page.events()));
        model.addAttribute("newerLink", page.newer() == null ? null : link(filter, "after", page.newer()));
        model.addAttribute("olderLink", page.older() == null ? null : link(filter, "before", page.older()));
        audit.read(AuditNames.AUDIT_LOG, null, filter.any() ? "granskningsloggen läst, filtrerad" : "granskningsloggen läst");
        return "audit/review";
    }

    /** The verification's form: optionally a link noted down earlier, written {@code nr:hash}. */
    record VerificationForm(String anchor) {
    }

    @GetMapping(VERIFICATION)
    String verification(Model model) {
        requireReviewer();
        model.addAttribute("form", new VerificationForm(""));
        return "audit/verification";
    }

    @PostMapping(VERIFICATION)
    String verify(@ModelAttribute("form") VerificationForm form, BindingResult errors, Model model) {
        requireReviewer();
        AuditAnchor anchor = null;
        if (!AuditFilter.blank(form.anchor())) {
            anchor = AuditAnchor.parse(form.anchor()).orElse(null);
            if (anchor == null) {
                errors.rejectValue("anchor", "audit.verify.anchor-field.format");
                return "audit/verification";
            }
        }
        AuditChainVerification verification = chain.verify(anchor);
        model.addAttribute("verification", verification);
        model.addAttribute("outcome", report.outcome(verification));
        model.addAttribute("firstBreak", report.firstBreak(verification));
        model.addAttribute("last", report.last(verification));
        audit.read(AuditNames.AUDIT_LOG, null, "hashkedjan verifierad" + (anchor == null ? "" : " mot nr " + anchor.position())
                + ": " + report.outcome(verification));
        return "audit/verification";
    }

    private void requireReviewer() {
        if (reviewers.stream().noneMatch(AuditReviewers::mayReview)) {
            throw new AccessDeniedException("Bara logggranskare och länsadministratörer granskar loggen");
        }
    }

    private AuditQuery query(AuditFilter filter, Set<String> types, Errors errors) {
        Map<String, Set<String>> persons = null;
        String person = text(filter.person(), "person", errors);
        if (person != null) {
            persons = names.findPersons(person);
        }
        Set<String> actors = null;
        String actorText = null;
        String actor = text(filter.actor(), "actor", errors);
        if (actor != null) {
            actors = names.findActors(actor);
            actorText = actor.toLowerCase(Locale.ROOT);
        }
        String objectType = AuditFilter.blank(filter.objectType()) ? null : filter.objectType().trim();
        if (objectType != null && !types.contains(objectType)) {
            errors.rejectValue("objectType", "audit.filter.object-type.unknown");
        }
        String objectId = text(filter.objectId(), "objectId", errors);
        AuditAction action = null;
        if (!AuditFilter.blank(filter.action())) {
            action = FormValues.choice(AuditAction.class, filter.action().trim()).orElse(null);
            if (action == null) {
                errors.rejectValue("action", "audit.filter.action.unknown");
            }
        }
        LocalDate from = date(filter.from(), "from", errors);
        LocalDate to = date(filter.to(), "to", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.rejectValue("to", "audit.filter.to.before-from");
        }
        Instant start = from == null ? null : from.atStartOfDay(AuditEvent.SWEDEN).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(AuditEvent.SWEDEN).toInstant();
        return new AuditQuery(persons, actors, actorText, objectType, objectId, action, start, end);
    }

    private static String text(String value, String field, Errors errors) {
        if (AuditFilter.blank(value)) {
            return null;
        }
        String text = value.trim();
        if (text.length() > MAX_TEXT) {
            errors.rejectValue(field, "audit.filter.too-long", new Object[]{MAX_TEXT}, null);
            return null;
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            errors.rejectValue(field, "audit.filter.control-characters");
            return null;
        }
        return text;
    }

    private static LocalDate date(String value, String field, Errors errors) {
        if (AuditFilter.blank(value)) {
            return null;
        }
        return AuditDates.parse(value).orElseGet(() -> {
            errors.rejectValue(field, "audit.filter.date");
            return null;
        });
    }

    private static String link(AuditFilter filter, String direction, AuditCursor cursor) {
        var query = new StringJoiner("&", REVIEW + "?", "");
        param(query, "person", filter.person());
        param(query, "actor", filter.actor());
        param(query, "objectType", filter.objectType());
        param(query, "objectId", filter.objectId());
        param(query, "action", filter.action());
        param(query, "from", filter.from());
        param(query, "to", filter.to());
        param(query, direction, cursor.token());
        return query.toString();
    }

    private static void param(StringJoiner query, String name, String value) {
        if (!AuditFilter.blank(value)) {
            query.add(name + "=" + URLEncoder.encode(value.trim(), StandardCharsets.UTF_8));
        }
    }
}
