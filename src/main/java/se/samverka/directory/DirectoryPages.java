package se.samverka.directory;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.samverka.centre.PublicListing;
import se.samverka.centre.PublicListing.Listed;
import se.samverka.directory.PublicInfo.Coordinates;
import se.samverka.directory.PublicInfo.OpenNow;
import se.samverka.directory.PublishedPages.Published;
import se.samverka.organisation.Municipality;
import se.samverka.organisation.Organisations;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The public directory: find a family centre by municipality or name, and a centre's page with what it offers.
 * Family centres and family-centre-like operations are both called "familjecentral" here (§8.2); operations the
 * agreement does not cover are not listed. The same page in every language, each at its own address.
 */
@Controller
class DirectoryPages {

    /** How long a proxy or browser may keep a page: the registry changes seldom, and a visitor sees it soon. */
    static final String CACHE_CONTROL = "public, max-age=300";
    static final int MAX_NAME = 100;

    /** A municipality with how many family centres it has, for the list shown before a search. */
    record MunicipalityCount(Municipality municipality, long centres) {
    }

    /**
     * A centre found: whether it is open now by its published hours and, when the visitor gave a position, how far
     * away it is (null without the centre's coordinates).
     */
    record Found(Listed centre, OpenNow openNow, Double kilometres) {

        /** Those with a distance first, nearest first; the others after, in the listing's order. */
        static final Comparator<Found> NEAREST_FIRST = Comparator.comparing(Found::kilometres,
                Comparator.nullsLast(Comparator.naturalOrder()));

        static Found of(Listed centre, Published published, LocalDateTime now, Optional<Coordinates> from) {
            PublicInfo info = published == null ? PublicInfo.EMPTY : published.info();
            Double kilometres = from.isPresent() && info.coordinates() != null
                    ? from.get().kilometresTo(info.coordinates()) : null;
            return new Found(centre, info.openAt(now), kilometres);
        }
    }

    private final PublicListing listing;
    private final PublishedPages publishedPages;
    private final Organisations organisations;
    private final PublicCentrePages publicCentrePages;
    private final Clock clock;

    DirectoryPages(PublicListing listing, PublishedPages publishedPages, Organisations organisations,
                   PublicCentrePages publicCentrePages, Clock clock) {
        this.listing = listing;
        this.publishedPages = publishedPages;
        this.organisations = organisations;
        this.publicCentrePages = publicCentrePages;
        this.clock = clock;
    }

    @GetMapping("/en")
    String english() {
        return "redirect:/en/hitta";
    }

    @GetMapping({"/hitta", "/en/hitta"})
    String find(@RequestParam(name = "kommun", required = false) String municipalityCode,
                @RequestParam(name = "namn", required = false) String name,
                @RequestParam(name = "nara", required = false) String near,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        page(request, response, model);
        List<Municipality> municipalities = organisations.municipalities();
        Map<String, Municipality> byCode = municipalities.stream()
                .collect(Collectors.toMap(Municipality::code, Function.identity()));
        String code = municipalityCode == null || municipalityCode.isBlank() ? null : municipalityCode.strip();
        if (code != null && !byCode.containsKey(code)) {
            model.addAttribute("problem", "directory.find.unknown-municipality");
            code = null;
        }
        String words = name == null ? "" : name.strip();
        if (words.length() > MAX_NAME) {
            model.addAttribute("problem", "directory.find.name-too-long");
            words = "";
        }
        Optional<Coordinates> position = Optional.empty();
        if (near != null && !near.isBlank()) {
            position = position(near);
            if (position.isEmpty()) {
                model.addAttribute("problem", "directory.find.position-unknown");
            }
        }
        String chosen = code;
        String wanted = words.toLowerCase(Locale.ROOT);
        Map<Long, Published> published = publishedPages.all();
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<Coordinates> from = position;
        List<Found> found = listing.covered().stream()
                .filter(c -> chosen == null || c.municipalityCode().equals(chosen))
                .filter(c -> wanted.isEmpty() || c.name().toLowerCase(Locale.ROOT).contains(wanted)
                        || c.address().city().toLowerCase(Locale.ROOT).contains(wanted))
                .map(c -> Found.of(c, published.get(c.id()), now, from))
                .toList();
        if (from.isPresent()) {
            found = found.stream().sorted(Found.NEAREST_FIRST).toList();
        }
        model.addAttribute("municipalities", municipalities);
        model.addAttribute("byCode", byCode);
        model.addAttribute("kommun", chosen == null ? "" : chosen);
        model.addAttribute("namn", words);
        model.addAttribute("near", position.isPresent());
        boolean searched = chosen != null || !words.isEmpty() || position.isPresent();
        model.addAttribute("searched", searched);
        model.addAttribute("centres", searched ? found : List.of());
        model.addAttribute("total", found.size());
        Map<String, Long> perMunicipality = found.stream()
                .collect(Collectors.groupingBy(f -> f.centre().municipalityCode(), Collectors.counting()));
        model.addAttribute("withCentres", municipalities.stream()
                .filter(m -> perMunicipality.containsKey(m.code()))
                .map(m -> new MunicipalityCount(m, perMunicipality.get(m.code()))).toList());
        return "directory/find";
    }

    @GetMapping({"/hitta/{id}", "/en/hitta/{id}"})
    String centre(@PathVariable String id, HttpServletRequest request, HttpServletResponse response, Model model) {
        Listed centre = number(id).flatMap(listing::covered)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Language language = page(request, response, model);
        Optional<Published> published = publishedPages.of(centre.id());
        return publicCentrePages.show(centre, published.map(Published::info).orElse(PublicInfo.EMPTY),
                published.map(Published::publishedAt).orElse(null), language, model, false);
    }

    /** What every public page knows: its language, the same page in the others, and that it may be cached. */
    static Language page(HttpServletRequest request, HttpServletResponse response, Model model) {
        Language language = Language.of(request);
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        model.addAttribute("language", language);
        model.addAttribute("languages", Language.ALL);
        model.addAttribute("page", Language.page(request));
        model.addAttribute("query", query);
        model.addAttribute("origin", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        return language;
    }

    /** "57.7089,11.9746": the visitor's position as the browser gave it, within Sweden. */
    static Optional<Coordinates> position(String near) {
        String[] parts = near.strip().split(",");
        if (parts.length != 2 || near.length() > 40) {
            return Optional.empty();
        }
        try {
            double latitude = Double.parseDouble(parts[0].strip());
            double longitude = Double.parseDouble(parts[1].strip());
            return Coordinates.within(latitude, longitude) ? Optional.of(new Coordinates(latitude, longitude))
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> number(String id) {
        return id.matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(id)) : Optional.empty();
    }
}
