package se.samverka.county;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.document.UploadedPdf;
import se.samverka.identity.Actors;
import se.samverka.organisation.Organisations;
import se.samverka.platform.FormValues;
import se.samverka.platform.Texts;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The population figures: what is imported, and the county administrator's import of a file from SCB. */
@Controller
class PopulationPages {

    static final int MAX_POPULATION_FILE = 5 * 1024 * 1024;
    /** SCB's Statistikdatabasen has population by age per municipality from 1968. */
    static final int FIRST_POPULATION_YEAR = 1968;

    private final Population population;
    private final Organisations organisations;
    private final Actors actors;
    private final Texts texts;
    private final Clock clock;

    PopulationPages(Population population, Organisations organisations, Actors actors, Texts texts, Clock clock) {
        this.population = population;
        this.organisations = organisations;
        this.actors = actors;
        this.texts = texts;
        this.clock = clock;
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
        List<String> problems = new ArrayList<>();
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
        Map<String, String> municipalities = new LinkedHashMap<>();
        organisations.municipalities().forEach(m -> municipalities.put(m.code(), m.name()));
        PopulationCsv.Result result = PopulationCsv.parse(file.getBytes(), chosen.get(), municipalities,
                texts::message);
        if (result instanceof PopulationCsv.Rejected rejected) {
            return populationPage(year, rejected.problems().stream().map(p -> p.text(texts::message)).toList(),
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
}
