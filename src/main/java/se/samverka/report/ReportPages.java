package se.samverka.report;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import se.samverka.centre.CentreAction;
import se.samverka.centre.CentreGate;
import se.samverka.centre.CentreView;
import se.samverka.identity.Actor;
import se.samverka.identity.Actors;
import se.samverka.platform.Changes;
import se.samverka.platform.FormValues;
import se.samverka.platform.Refusal;
import se.samverka.report.ReportForms.CompileForm;
import se.samverka.report.ReportForms.CorrectionForm;
import se.samverka.report.ReportForms.RefreshForm;
import se.samverka.report.ReportForms.ReportForm;
import se.samverka.rules.Finding;
import se.samverka.rules.R11_2b;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A centre's activity reports: who may see the centre reads and downloads them, its editors compile, edit, refresh,
 * adopt and correct them. An adopted report refuses every change; it can only be corrected beside.
 */
@Controller
class ReportPages {

    private final ReportWork work;
    private final CentreGate gate;
    private final Actors actors;
    private final Changes changes;
    private final ReportDocument document;

    ReportPages(ReportWork work, CentreGate gate, Actors actors, Changes changes, ReportDocument document) {
        this.work = work;
        this.gate = gate;
        this.actors = actors;
        this.changes = changes;
        this.document = document;
    }

    /** A year of the list: its report, if compiled, and whether one may be compiled. */
    record YearStatus(int year, ActivityReport report, boolean compilable) {
    }

    @GetMapping("/centres/{id}/reports")
    String list(@PathVariable long id, Model model) {
        CentreView centre = gate.require(id, CentreAction.FOLLOW);
        model.addAttribute("compile", new CompileForm(String.valueOf(work.thisYear() - 1)));
        return list(centre, model);
    }

    @PostMapping("/centres/{id}/reports")
    String compile(@PathVariable long id, @ModelAttribute("compile") CompileForm form, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        var year = FormValues.year(form.year(), work.years(id), errors, "year");
        if (year.isEmpty()) {
            return list(centre, model);
        }
        return changes.attempt(Changes.page(model, ReportWork.AUDIT_TYPE, null), () -> {
            work.compile(centre, year.get());
            redirect.addFlashAttribute("notice", "report.compiled");
            return "redirect:/centres/" + id + "/reports/" + year.get();
        }, () -> list(centre, model));
    }

    @GetMapping("/centres/{id}/reports/{year}")
    String show(@PathVariable long id, @PathVariable int year, Model model) {
        CentreView centre = gate.require(id, CentreAction.FOLLOW);
        return page(centre, checked(year), model);
    }

    @PostMapping("/centres/{id}/reports/{year}")
    String save(@PathVariable long id, @PathVariable int year, @ModelAttribute("edit") ReportForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        return change(centre, checked(year), errors, model, redirect, () -> {
            var texts = ReportForms.texts(form, errors);
            if (texts.isEmpty()) {
                return null;
            }
            work.edit(id, year, texts.get(), FormValues.version(form.version()));
            return "report.saved";
        });
    }

    @PostMapping("/centres/{id}/reports/{year}/refresh")
    String refresh(@PathVariable long id, @PathVariable int year, @ModelAttribute("refresh") RefreshForm form,
                   BindingResult errors, Model model, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        return change(centre, checked(year), errors, model, redirect, () -> {
            if (!ReportForms.confirmed(form, errors)) {
                return null;
            }
            work.refresh(centre, year, FormValues.version(form.version()));
            return "report.refreshed";
        });
    }

    @PostMapping("/centres/{id}/reports/{year}/adopt")
    String adopt(@PathVariable long id, @PathVariable int year, @RequestParam(required = false) String version,
                 Model model, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.DECIDE);
        return change(centre, checked(year), null, model, redirect, () -> {
            Actor actor = actors.require();
            work.adopt(id, year, actor.username(), actor.displayName(), FormValues.version(version));
            return "report.adopted";
        });
    }

    @PostMapping("/centres/{id}/reports/{year}/corrections")
    String correct(@PathVariable long id, @PathVariable int year, @ModelAttribute("correction") CorrectionForm form,
                   BindingResult errors, Model model, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        int checkedYear = checked(year);
        return changes.attempt(Changes.page(model, ReportWork.AUDIT_TYPE, null), () -> {
            ActivityReport report = work.current(id, checkedYear)
                    .orElseThrow(() -> Refusal.absent("report.refused.no-report", String.valueOf(checkedYear)));
            if (!report.adopted()) {
                throw new Refusal("report.refused.correction-before-adoption");
            }
            var correction = ReportForms.correction(form, errors);
            if (correction.isEmpty()) {
                return page(centre, checkedYear, model);
            }
            work.correct(id, checkedYear, correction.get().section(), correction.get().text(),
                    actors.require().username());
            redirect.addFlashAttribute("notice", "report.corrected");
            return "redirect:/centres/" + id + "/reports/" + checkedYear;
        }, () -> page(centre, checkedYear, model));
    }

    @GetMapping("/centres/{id}/reports/{year}/verksamhetsberattelse.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable int year) {
        CentreView centre = gate.require(id, CentreAction.FOLLOW);
        ActivityReport report = work.read(id, checked(year))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        byte[] pdf = document.pdf(report, centre.name(), work.corrections(report));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("verksamhetsberattelse-" + year + "-" + id + ".pdf").build().toString())
                .body(pdf);
    }

    /**
     * One change of an open report, refused when the report is adopted, whatever the input; the page again with the
     * form's errors when the step finds any (it returns null). {@code errors} is null for a button.
     */
    private String change(CentreView centre, int year, BindingResult errors, Model model, RedirectAttributes redirect,
                          Supplier<String> step) {
        Optional<ActivityReport> current = work.current(centre.id(), year);
        Long reportId = current.map(ActivityReport::id).orElse(null);
        Changes.Target target = errors == null ? Changes.page(model, ReportWork.AUDIT_TYPE, reportId)
                : Changes.form(model, errors, ReportWork.AUDIT_TYPE, reportId,
                () -> current.map(ActivityReport::version).orElse(-1));
        return changes.attempt(target, () -> {
            current.orElseThrow(() -> Refusal.absent("report.refused.no-report", String.valueOf(year))).expectOpen();
            String notice = step.get();
            if (notice == null) {
                return page(centre, year, model);
            }
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/centres/" + centre.id() + "/reports/" + year;
        }, () -> page(centre, year, model));
    }

    private String page(CentreView centre, int year, Model model) {
        var report = work.read(centre.id(), year);
        model.addAttribute("centre", centre);
        model.addAttribute("year", year);
        model.addAttribute("report", null);
        model.addAttribute("canChange", gate.may(centre.id(), CentreAction.PREPARE));
        model.addAttribute("canDecide", gate.may(centre.id(), CentreAction.DECIDE));
        model.addAttribute("compilable", work.years(centre.id()).contains(year));
        model.addAttribute("sectionKinds", ReportSection.values());
        report.ifPresent(r -> {
            model.addAttribute("report", r);
            model.addAttribute("edited", Set.copyOf(r.edited()));
            model.addAttribute("blank", r.blank());
            Map<ReportSection, List<ReportCorrection>> bySection = new java.util.EnumMap<>(ReportSection.class);
            for (ReportSection section : ReportSection.values()) {
                bySection.put(section, new ArrayList<>());
            }
            work.corrections(r).forEach(c -> bySection.get(c.section()).add(c));
            model.addAttribute("corrections", bySection);
            if (!(model.getAttribute("edit") instanceof ReportForm)) {
                model.addAttribute("edit", ReportForm.of(r));
            }
            if (!(model.getAttribute("refresh") instanceof RefreshForm)) {
                model.addAttribute("refresh", RefreshForm.empty(r));
            }
            if (!(model.getAttribute("correction") instanceof CorrectionForm)) {
                model.addAttribute("correction", CorrectionForm.empty());
            }
        });
        if (!model.containsAttribute("compile")) {
            model.addAttribute("compile", new CompileForm(String.valueOf(year)));
        }
        return "report/show";
    }

    private String list(CentreView centre, Model model) {
        int thisYear = work.thisYear();
        Set<Integer> compilable = work.years(centre.id());
        Map<Integer, ActivityReport> reports = work.reports(centre.id()).stream()
                .collect(Collectors.toMap(ActivityReport::year, r -> r));
        List<YearStatus> statuses = new ArrayList<>();
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>(compilable);
        years.addAll(reports.keySet());
        years.forEach(y -> statuses.add(new YearStatus(y, reports.get(y), compilable.contains(y))));
        statuses.sort(Comparator.comparingInt(YearStatus::year).reversed());
        Finding finding = R11_2b.RULE.check(thisYear, work.state(centre.id(), thisYear - 1));
        model.addAttribute("centre", centre);
        model.addAttribute("statuses", statuses);
        model.addAttribute("findings", List.of(finding));
        model.addAttribute("years", compilable.stream().filter(y -> !reports.containsKey(y)).toList());
        model.addAttribute("canChange", gate.may(centre.id(), CentreAction.PREPARE));
        model.addAttribute("canDecide", gate.may(centre.id(), CentreAction.DECIDE));
        return "report/list";
    }

    private static int checked(int year) {
        if (year < 2000 || year > 2100) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return year;
    }
}
