package se.samverka.county;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.util.MultiValueMap;
import se.samverka.centre.CentreCompliance;
import se.samverka.document.UploadedPdf;
import se.samverka.organisation.Organisations;
import se.samverka.platform.Texts;
import se.samverka.rules.R4a;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import se.samverka.identity.Actors;
import se.samverka.platform.FormValues;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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

    /** The minutes of a decision: the same limit as a signed consent form, within the server's multipart limit. */
    static final int MAX_DOCUMENT = 10 * 1024 * 1024;
    static final int MAX_POPULATION_FILE = 5 * 1024 * 1024;
    /** SCB's Statistikdatabasen has population by age per municipality from 1968. */
    static final int FIRST_POPULATION_YEAR = 1968;
    /** How many of the requirements most often not met the overview lists. */
    static final int MOST_OFTEN = 5;

    private final CountyOverview overview;
    private final CountyScope scope;
    private final RegionalDecisions decisions;
    private final Parties parties;
    private final CountyTodo todo;
    private final MunicipalityMap municipalityMap;
    private final Actors actors;
    private final Clock clock;
    private final CentreCompliance compliance;
    private final ComplianceWorkbook workbook;
    private final Population population;
    private final Organisations organisations;
    private final Texts texts;

    CountyPages(CountyOverview overview, CountyScope scope, RegionalDecisions decisions, Parties parties,
                CountyTodo todo, MunicipalityMap municipalityMap, Actors actors, Clock clock,
                CentreCompliance compliance, ComplianceWorkbook workbook, Population population,
                Organisations organisations, Texts texts) {
        this.population = population;
        this.organisations = organisations;
        this.texts = texts;
        this.clock = clock;
        this.compliance = compliance;
        this.workbook = workbook;
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
        CountyScope.Part part = part();
        model.addAttribute("overview", overview.overview(part));
        model.addAttribute("mostOften", ComplianceMatrix.mostOftenNotMet(inPart(part), MOST_OFTEN));
        model.addAttribute("children", population.children(LocalDate.now(clock).getYear()).orElse(null));
        return "county/overview";
    }

    @GetMapping("/lan/att-gora")
    String todo(Model model) {
        CountyScope.Part part = part();
        model.addAttribute("items", todo.items(part, inPart(part)));
        model.addAttribute("parties", overview.partiesIn(part).size());
        return "county/todo";
    }

    @GetMapping("/lan/karta")
    String map(@RequestParam(name = "figur", required = false) String figure, Model model) {
        CountyMap.Figure chosen = FormValues.choice(CountyMap.Figure.class, figure).orElse(CountyMap.Figure.FAMILY_CENTRES);
        CountyScope.Part part = part();
        Optional<Population.Children> children = population.children(LocalDate.now(clock).getYear());
        model.addAttribute("map", CountyMap.of(municipalityMap, overview.now(part), inPart(part), children, chosen));
        model.addAttribute("populationYear", children.map(Population.Children::year).orElse(null));
        model.addAttribute("figures", CountyMap.Figure.values());
        return "county/map";
    }

    @GetMapping("/lan/efterlevnad")
    String matrix(@RequestParam MultiValueMap<String, String> query, Model model) {
        CountyScope.Part part = part();
        ComplianceQuery chosen = ComplianceQuery.of(query, part);
        List<CentreCompliance.Row> rows = compliance.visibleTo(actors.require());
        ComplianceMatrix matrix = ComplianceMatrix.of(rows, part.municipalities(), chosen.filter(), chosen.sort(),
                chosen.descending());
        model.addAttribute("matrix", matrix);
        model.addAttribute("page", chosen.page(matrix));
        model.addAttribute("rules", ComplianceMatrix.of(rows, part.municipalities(), ComplianceMatrix.Filter.NONE,
                ComplianceMatrix.Sort.NAME, false).ruleIds());
        model.addAttribute("query", chosen);
        model.addAttribute("part", part);
        return "county/matrix";
    }

    @GetMapping("/lan/efterlevnad.xlsx")
    ResponseEntity<byte[]> matrixWorkbook(@RequestParam MultiValueMap<String, String> query) {
        CountyScope.Part part = part();
        ComplianceQuery chosen = ComplianceQuery.of(query, part);
        ComplianceMatrix matrix = ComplianceMatrix.of(compliance.visibleTo(actors.require()), part.municipalities(),
                chosen.filter(), chosen.sort(), chosen.descending());
        LocalDate today = LocalDate.now(clock);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("regelkontroll-" + today + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .body(workbook.xlsx(matrix, today));
    }

    @GetMapping("/lan/befolkning")
    String population(Model model) {
        return populationPage(String.valueOf(LocalDate.now(clock).getYear() - 1), List.of(), model);
    }

    /** The county administrator imports a year's figures from a CSV file exported from SCB's Statistikdatabasen. */
    @PostMapping("/lan/befolkning")
    String importPopulation(@RequestParam(required = false) String year,
                            @RequestParam(required = false) MultipartFile file, Model model,
                            RedirectAttributes redirect) throws IOException {
        if (!actors.require().isCountyAdmin()) {
            throw new AccessDeniedException("Bara länsadministratören läser in befolkningsuppgifter");
        }
        int thisYear = LocalDate.now(clock).getYear();
        Optional<Integer> chosen = FormValues.integer(year).filter(y -> y >= FIRST_POPULATION_YEAR && y <= thisYear);
        List<String> problems = new java.util.ArrayList<>();
        if (chosen.isEmpty()) {
            problems.add(texts.message("county.population.year.invalid", FIRST_POPULATION_YEAR, thisYear));
        }
        if (file == null || file.isEmpty()) {
            problems.add(texts.message("county.population.file.required"));
        } else if (file.getSize() > MAX_POPULATION_FILE) {
            problems.add(texts.message("county.population.file.large", MAX_POPULATION_FILE / 1024 / 1024));
        }
        if (!problems.isEmpty()) {
            return populationPage(year, problems, model);
        }
        Map<String, String> municipalities = new java.util.LinkedHashMap<>();
        organisations.municipalities().forEach(m -> municipalities.put(m.code(), m.name()));
        PopulationCsv.Result result = PopulationCsv.parse(file.getBytes(), chosen.get(), municipalities);
        if (result instanceof PopulationCsv.Rejected rejected) {
            return populationPage(year, rejected.problems().stream().map(PopulationCsv.Problem::text).toList(),
                    model);
        }
        PopulationCsv.Figures figures = (PopulationCsv.Figures) result;
        population.store(figures, UploadedPdf.filename(file, "befolkning.csv"), actors.require().username());
        redirect.addFlashAttribute("imported", texts.message("county.population.imported." + figures.measure(),
                figures.year(), figures.byMunicipality().size()));
        return "redirect:/lan/befolkning";
    }

    private String populationPage(String year, List<String> problems, Model model) {
        model.addAttribute("imports", population.imports());
        model.addAttribute("year", year);
        model.addAttribute("problems", problems);
        model.addAttribute("maxFileMb", MAX_POPULATION_FILE / 1024 / 1024);
        return "county/population";
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
        return partyPage(party(id), DecisionForm.empty(), model);
    }

    /**
     * The county administrator records a party's decision, with its minutes as a PDF if there is one. The CSRF token
     * is also in the form's address, so that a file too large to read is answered as too large.
     */
    @PostMapping("/lan/parter/{id}/beslut")
    String record(@PathVariable long id, @ModelAttribute("form") DecisionForm form, BindingResult errors,
                  @RequestParam(required = false) MultipartFile document, Model model,
                  RedirectAttributes redirect) throws IOException {
        Party party = party(id);
        if (!actors.require().isCountyAdmin()) {
            throw new AccessDeniedException("Bara länsadministratören registrerar beslut");
        }
        Optional<RegionalDecisions.NewDecision> decision = form.validate(id, LocalDate.now(clock), errors);
        boolean attached = document != null && !document.isEmpty();
        Optional<UploadedPdf.Problem> problem = attached ? UploadedPdf.problem(document, MAX_DOCUMENT)
                : Optional.empty();
        problem.ifPresent(p -> errors.reject("county.decision.document." + p.name().toLowerCase(java.util.Locale.ROOT),
                new Object[]{MAX_DOCUMENT / 1024 / 1024}, null));
        if (decision.isEmpty() || problem.isPresent()) {
            return partyPage(party, form, model);
        }
        decisions.record(decision.get(), attached ? UploadedPdf.filename(document, "beslut.pdf") : null,
                attached ? document.getBytes() : null, actors.require().username());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/lan/parter/" + id;
    }

    @GetMapping("/lan/beslut/{id}/dokument")
    ResponseEntity<byte[]> document(@PathVariable long id) {
        RegionalDecisions.Document document = decisions.document(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.name(), StandardCharsets.UTF_8).build().toString())
                .eTag("\"" + document.sha256() + "\"")
                .body(document.content());
    }

    private Party party(long id) {
        return parties.party(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String partyPage(Party party, DecisionForm form, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("party", party);
        model.addAttribute("form", form);
        model.addAttribute("outcomes", DecisionForm.OUTCOMES);
        model.addAttribute("bodyKinds", DecisionForm.BODY_KINDS);
        model.addAttribute("noticeToday", R4a.RULE.lastPeriod(today));
        model.addAttribute("maxDocumentMb", MAX_DOCUMENT / 1024 / 1024);
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

    /** The checklists of the centres in the part of the county. */
    private List<CentreCompliance.Row> inPart(CountyScope.Part part) {
        return compliance.visibleTo(actors.require()).stream().filter(row -> part.covers(row.municipalityCode()))
                .toList();
    }

    private CountyScope.Part part() {
        return scope.of(actors.require());
    }
}
