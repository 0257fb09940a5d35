package se.samverka.county;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.county.CountyReportForms.CompileForm;
import se.samverka.county.CountyReportForms.CorrectionForm;
import se.samverka.county.CountyReportForms.TextsForm;
import se.samverka.identity.Actor;
import se.samverka.identity.Actors;
import se.samverka.platform.Changes;
import se.samverka.platform.FormValues;
import se.samverka.platform.Refusal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The county's yearly follow-up report to Vårdsamverkan Västra Götaland: every county role reads it and downloads it
 * as PDF/A and XLSX; the county administrator compiles it, writes its chapters, compiles the figures anew, adopts it
 * and corrects it once adopted.
 */
@Controller
class CountyReportPages {

    private final CountyReportWork work;
    private final CountyReportDocuments documents;
    private final Actors actors;
    private final Changes changes;

    CountyReportPages(CountyReportWork work, CountyReportDocuments documents, Actors actors, Changes changes) {
        this.work = work;
        this.documents = documents;
        this.actors = actors;
        this.changes = changes;
    }

    /** A year of the list: its report if compiled. */
    record YearStatus(int year, CountyReport report) {
    }

    @GetMapping("/lan/uppfoljning")
    String list(Model model) {
        model.addAttribute("compile", new CompileForm(String.valueOf(work.today().getYear() - 1)));
        return listPage(model);
    }

    @PostMapping("/lan/uppfoljning")
    String compile(@ModelAttribute("compile") CompileForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        Actor actor = countyAdmin();
        var year = FormValues.year(form.year(), work.years(), errors, "year");
        if (year.isEmpty()) {
            return listPage(model);
        }
        return changes.attempt(Changes.page(model, CountyReportWork.AUDIT_TYPE, null), () -> {
            work.compile(year.get(), actor);
            redirect.addFlashAttribute("notice", "county.report.compiled");
            return "redirect:/lan/uppfoljning/" + year.get();
        }, () -> listPage(model));
    }

    @GetMapping("/lan/uppfoljning/{year}")
    String show(@PathVariable int year, Model model) {
        return page(checked(year), model);
    }

    @PostMapping("/lan/uppfoljning/{year}")
    String write(@PathVariable int year, @ModelAttribute("edit") TextsForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        countyAdmin();
        return change(checked(year), errors, model, redirect, () -> {
            var texts = CountyReportForms.texts(form, errors);
            if (texts.isEmpty()) {
                return null;
            }
            work.write(year, texts.get(), FormValues.version(form.version()));
            return "county.report.saved";
        });
    }

    @PostMapping("/lan/uppfoljning/{year}/sammanstall")
    String refresh(@PathVariable int year, @RequestParam(required = false) String version, Model model,
                   RedirectAttributes redirect) {
        Actor actor = countyAdmin();
        return change(checked(year), null, model, redirect, () -> {
            work.refresh(year, FormValues.version(version), actor);
            return "county.report.refreshed";
        });
    }

    @PostMapping("/lan/uppfoljning/{year}/faststall")
    String adopt(@PathVariable int year, @RequestParam(required = false) String version, Model model,
                 RedirectAttributes redirect) {
        Actor actor = countyAdmin();
        return change(checked(year), null, model, redirect, () -> {
            work.adopt(year, actor, FormValues.version(version));
            return "county.report.adopted";
        });
    }

    @PostMapping("/lan/uppfoljning/{year}/rattelser")
    String correct(@PathVariable int year, @ModelAttribute("correction") CorrectionForm form, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        Actor actor = countyAdmin();
        int checkedYear = checked(year);
        return changes.attempt(Changes.page(model, CountyReportWork.AUDIT_TYPE, null), () -> {
            CountyReport report = work.of(checkedYear).orElseThrow(() ->
                    Refusal.absent("county.report.refused.no-report", String.valueOf(checkedYear)));
            if (!report.adopted()) {
                throw new Refusal("county.report.refused.correction-before-adoption");
            }
            var correction = CountyReportForms.correction(form, errors);
            if (correction.isEmpty()) {
                return page(checkedYear, model);
            }
            work.correct(checkedYear, correction.get().chapter(), correction.get().text(), actor.username());
            redirect.addFlashAttribute("notice", "county.report.corrected");
            return "redirect:/lan/uppfoljning/" + checkedYear;
        }, () -> page(checkedYear, model));
    }

    @GetMapping("/lan/uppfoljning/{year}/rapport.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable int year) {
        CountyReport report = existing(checked(year));
        return download(documents.pdf(report, work.figures(report), work.corrections(report)),
                MediaType.APPLICATION_PDF, "uppfoljning-" + year + ".pdf");
    }

    @GetMapping("/lan/uppfoljning/{year}/rapport.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable int year) {
        CountyReport report = existing(checked(year));
        return download(documents.xlsx(report, work.figures(report)),
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                "uppfoljning-" + year + ".xlsx");
    }

    private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(content);
    }

    private Actor countyAdmin() {
        Actor actor = actors.require();
        if (!actor.isCountyAdmin()) {
            throw new AccessDeniedException("Bara länsadministratören skriver länets uppföljningsrapport");
        }
        return actor;
    }

    /**
     * One change of an open report, refused when the report is adopted whatever the input; the page again with the
     * form's errors when the step finds any (it returns null). {@code errors} is null for a button.
     */
    private String change(int year, BindingResult errors, Model model, RedirectAttributes redirect,
                          Supplier<String> step) {
        Optional<CountyReport> current = work.of(year);
        Long reportId = current.map(CountyReport::id).orElse(null);
        Changes.Target target = errors == null ? Changes.page(model, CountyReportWork.AUDIT_TYPE, reportId)
                : Changes.form(model, errors, CountyReportWork.AUDIT_TYPE, reportId,
                () -> current.map(CountyReport::version).orElse(-1));
        return changes.attempt(target, () -> {
            current.orElseThrow(() -> Refusal.absent("county.report.refused.no-report", String.valueOf(year)))
                    .expectOpen();
            String notice = step.get();
            if (notice == null) {
                return page(year, model);
            }
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/lan/uppfoljning/" + year;
        }, () -> page(year, model));
    }

    private String page(int year, Model model) {
        Optional<CountyReport> report = work.of(year);
        model.addAttribute("year", year);
        model.addAttribute("report", report.orElse(null));
        model.addAttribute("canChange", actors.require().isCountyAdmin());
        model.addAttribute("compilable", work.years().contains(year));
        model.addAttribute("chapters", FollowUpChapter.values());
        report.ifPresent(r -> {
            model.addAttribute("figures", new FollowUpView(work.figures(r)));
            Map<FollowUpChapter, List<CountyReportCorrection>> byChapter = new EnumMap<>(FollowUpChapter.class);
            for (FollowUpChapter chapter : FollowUpChapter.values()) {
                byChapter.put(chapter, new java.util.ArrayList<>());
            }
            work.corrections(r).forEach(c -> byChapter.get(c.chapter()).add(c));
            model.addAttribute("corrections", byChapter);
            if (!(model.getAttribute("edit") instanceof TextsForm)) {
                model.addAttribute("edit", TextsForm.of(r));
            }
            if (!(model.getAttribute("correction") instanceof CorrectionForm)) {
                model.addAttribute("correction", CorrectionForm.empty());
            }
        });
        if (!model.containsAttribute("compile")) {
            model.addAttribute("compile", new CompileForm(String.valueOf(year)));
        }
        return "county/report";
    }

    private String listPage(Model model) {
        Map<Integer, CountyReport> reports = new java.util.HashMap<>();
        work.all().forEach(r -> reports.put(r.year(), r));
        model.addAttribute("statuses", work.years().stream().map(y -> new YearStatus(y, reports.get(y))).toList());
        model.addAttribute("years", work.years().stream().filter(y -> !reports.containsKey(y)).toList());
        model.addAttribute("canChange", actors.require().isCountyAdmin());
        return "county/reports";
    }

    private CountyReport existing(int year) {
        return work.of(year).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static int checked(int year) {
        if (year < 2000 || year > 2100) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return year;
    }
}
