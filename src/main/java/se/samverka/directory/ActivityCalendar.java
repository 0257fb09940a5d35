package se.samverka.directory;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import se.samverka.centre.PublicListing;
import se.samverka.centre.PublicListing.Listed;
import se.samverka.organisation.Municipality;
import se.samverka.organisation.Organisations;
import se.samverka.platform.FormValues;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The county's calendar of the family centres' public activities, by day for four weeks at a time, filtered by
 * municipality and kind; and each centre's activities as an iCalendar feed to subscribe to.
 */
@Controller
class ActivityCalendar {

    static final int WEEKS = 4;
    /** The most occurrences one page lists; a narrower filter shows the rest. */
    static final int MAX = 200;

    private final PublicListing listing;
    private final Organisations organisations;
    private final Occurrences occurrences;
    private final ActivityFeed feed;
    private final DirectoryPages pages;

    ActivityCalendar(PublicListing listing, Organisations organisations, Occurrences occurrences, ActivityFeed feed,
                     DirectoryPages pages) {
        this.pages = pages;
        this.listing = listing;
        this.organisations = organisations;
        this.occurrences = occurrences;
        this.feed = feed;
    }

    @GetMapping({"/hitta/aktiviteter", DirectoryPages.IN_A_LANGUAGE + "/hitta/aktiviteter"})
    String calendar(@PathVariable(required = false) String lang,
                    @RequestParam(name = "kommun", required = false) String municipalityCode,
                    @RequestParam(name = "typ", required = false) String kindName,
                    @RequestParam(name = "fran", required = false) String fromDay,
                    HttpServletRequest request, HttpServletResponse response, Model model) {
        Language language = pages.page(lang, request, response, model);
        Locale locale = language.locale();
        List<Municipality> municipalities = organisations.municipalities();
        Map<String, Municipality> byCode = municipalities.stream()
                .collect(Collectors.toMap(Municipality::code, Function.identity()));
        String code = FormValues.blank(municipalityCode) ? null : municipalityCode.strip();
        if (code != null && !byCode.containsKey(code)) {
            model.addAttribute("problem", "directory.activities.unknown-municipality");
            code = null;
        }
        ActivityKind kind = null;
        if (!FormValues.blank(kindName)) {
            Optional<ActivityKind> chosen = FormValues.choice(ActivityKind.class, kindName.strip());
            if (chosen.isEmpty()) {
                model.addAttribute("problem", "directory.activities.unknown-kind");
            }
            kind = chosen.orElse(null);
        }
        LocalDate today = occurrences.today();
        LocalDate last = today.plusYears(1);
        LocalDate from = FormValues.date(fromDay).filter(d -> !d.isBefore(today) && !d.isAfter(last)).orElse(today);
        if (!FormValues.blank(fromDay) && !from.toString().equals(fromDay.strip())) {
            model.addAttribute("problem", "directory.activities.bad-date");
        }
        LocalDate to = from.plusWeeks(WEEKS).minusDays(1);
        String chosenCode = code;
        List<Listed> centres = listing.covered().stream()
                .filter(c -> chosenCode == null || c.municipalityCode().equals(chosenCode)).toList();
        List<Occurrences.Occurrence> found = occurrences.between(centres, kind, from, to, locale);
        model.addAttribute("truncated", found.size() > MAX);
        model.addAttribute("days", Occurrences.days(found.subList(0, Math.min(found.size(), MAX)), locale));
        model.addAttribute("count", Math.min(found.size(), MAX));
        model.addAttribute("municipalities", municipalities);
        model.addAttribute("byCode", byCode);
        model.addAttribute("kinds", ActivityKind.values());
        model.addAttribute("kommun", code == null ? "" : code);
        model.addAttribute("typ", kind == null ? "" : kind.name());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("fromText", Dates.day(from, locale));
        model.addAttribute("toText", Dates.day(to, locale));
        model.addAttribute("earlier", from.isAfter(today) ? maxOf(today, from.minusWeeks(WEEKS)) : null);
        LocalDate next = from.plusWeeks(WEEKS);
        model.addAttribute("later", next.isAfter(last) ? null : next);
        return "directory/activities";
    }

    @GetMapping("/hitta/{id}/aktiviteter.ics")
    void feed(@PathVariable String id, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Listed centre = (id.matches("[0-9]{1,18}") ? listing.covered(Long.parseLong(id)) : Optional.<Listed>empty())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        feed.write(centre, request, response);
    }

    private static LocalDate maxOf(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
