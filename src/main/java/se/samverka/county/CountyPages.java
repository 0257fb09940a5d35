package se.samverka.county;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import se.samverka.platform.FormValues;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The county's pages (§4): the overview that is its start page, its to-do list, the map and the centres behind each
 * figure. Read-only for every county role; cut to the sub-region for a kommunalförbund's follow-up. The paths require
 * a county role (SecurityConfiguration).
 */
@Controller
class CountyPages {

    /** How many of the requirements most often not met the overview lists. */
    static final int MOST_OFTEN = 5;

    private final CountyOverview overview;
    private final CountyScope scope;
    private final MunicipalityMap municipalityMap;
    private final Population population;
    private final Clock clock;

    CountyPages(CountyOverview overview, CountyScope scope, MunicipalityMap municipalityMap,
                Population population, Clock clock) {
        this.overview = overview;
        this.scope = scope;
        this.municipalityMap = municipalityMap;
        this.population = population;
        this.clock = clock;
    }

    @GetMapping("/lan")
    String overview(Model model) {
        CountyScope.Part part = scope.current();
        model.addAttribute("overview", overview.overview(part));
        model.addAttribute("mostOften", ComplianceMatrix.mostOftenNotMet(overview.checklists(part), MOST_OFTEN));
        model.addAttribute("children", population.children(LocalDate.now(clock).getYear()).orElse(null));
        return "county/overview";
    }

    /** The county's follow-up is in everybody's to-do list; the county's own address of it leads there. */
    @GetMapping("/lan/att-gora")
    String todo() {
        return "redirect:/att-gora";
    }

    @GetMapping("/lan/karta")
    String map(@RequestParam(name = "figur", required = false) String figure, Model model) {
        CountyMap.Figure chosen = FormValues.choice(CountyMap.Figure.class, figure).orElse(CountyMap.Figure.FAMILY_CENTRES);
        CountyScope.Part part = scope.current();
        Optional<Population.Children> children = population.children(LocalDate.now(clock).getYear());
        model.addAttribute("map", CountyMap.of(municipalityMap, overview.now(part), overview.checklists(part), children, chosen));
        model.addAttribute("populationYear", children.map(Population.Children::year).orElse(null));
        model.addAttribute("figures", CountyMap.Figure.values());
        return "county/map";
    }

    @GetMapping("/lan/centra")
    String centres(@RequestParam(name = "urval", required = false) String selection, Model model) {
        CountyOverview.Selection chosen = FormValues.choice(CountyOverview.Selection.class, selection)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("selection", chosen);
        model.addAttribute("centres", overview.centres(scope.current(), chosen));
        return "county/centres";
    }
}
