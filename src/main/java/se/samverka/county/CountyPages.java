package se.samverka.county;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import se.samverka.identity.Actors;
import se.samverka.platform.FormValues;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The county's pages (§4): the overview that is its start page, the centres behind each figure, the parties'
 * adoption of the regional agreement and the timeline of the decisions. Read-only for every county role; cut to the
 * sub-region for a kommunalförbund's follow-up. The paths require a county role (SecurityConfiguration).
 */
@Controller
class CountyPages {

    private final CountyOverview overview;
    private final CountyScope scope;
    private final RegionalDecisions decisions;
    private final Parties parties;
    private final CountyTodo todo;
    private final MunicipalityMap municipalityMap;
    private final Actors actors;

    CountyPages(CountyOverview overview, CountyScope scope, RegionalDecisions decisions, Parties parties,
                CountyTodo todo, MunicipalityMap municipalityMap, Actors actors) {
        this.todo = todo;
        this.municipalityMap = municipalityMap;
        this.parties = parties;
        this.overview = overview;
        this.scope = scope;
        this.decisions = decisions;
        this.actors = actors;
    }

    @GetMapping("/lan")
    String overview(Model model) {
        model.addAttribute("overview", overview.overview(part()));
        return "county/overview";
    }

    @GetMapping("/lan/att-gora")
    String todo(Model model) {
        CountyScope.Part part = part();
        model.addAttribute("items", todo.items(part));
        model.addAttribute("parties", overview.partiesIn(part).size());
        return "county/todo";
    }

    @GetMapping("/lan/karta")
    String map(@RequestParam(name = "figur", required = false) String figure, Model model) {
        CountyMap.Figure chosen = FormValues.choice(CountyMap.Figure.class, figure).orElse(CountyMap.Figure.FAMILY_CENTRES);
        model.addAttribute("map", CountyMap.of(municipalityMap, overview.now(part()), chosen));
        model.addAttribute("figures", CountyMap.Figure.values());
        return "county/map";
    }

    @GetMapping("/lan/centra")
    String centres(@RequestParam(name = "urval", required = false) String selection, Model model) {
        CountyOverview.Selection chosen = FormValues.choice(CountyOverview.Selection.class, selection)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("selection", chosen);
        model.addAttribute("centres", overview.centres(part(), chosen));
        return "county/centres";
    }

    @GetMapping("/lan/parter")
    String parties(Model model) {
        List<Party> parties = overview.partiesIn(part());
        model.addAttribute("parties", parties);
        model.addAttribute("adopted", parties.stream().filter(p -> p.adoption().isPresent()).count());
        return "county/parties";
    }

    @GetMapping("/lan/parter/{id}")
    String party(@PathVariable long id, Model model) {
        Party party = parties.party(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("party", party);
        return "county/party";
    }

    @GetMapping("/lan/tidslinje")
    String timeline(Model model) {
        CountyScope.Part part = part();
        Map<Long, Party> parties = overview.partiesIn(part).stream()
                .collect(Collectors.toMap(p -> p.principal().id(), Function.identity()));
        model.addAttribute("decisions", decisions.all().stream()
                .filter(d -> d.principalId() == null || parties.containsKey(d.principalId()))
                .toList());
        model.addAttribute("parties", parties);
        return "county/timeline";
    }

    private CountyScope.Part part() {
        return scope.of(actors.require());
    }
}
