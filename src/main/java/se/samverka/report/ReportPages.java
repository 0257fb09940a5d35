package se.samverka.report;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
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
import se.samverka.platform.FormValues;
import se.samverka.platform.Texts;
import se.samverka.report.ReportForms.CompileForm;
import se.samverka.report.ReportForms.CorrectionForm;
import se.samverka.report.ReportForms.RefreshForm;
import se.samverka.report.ReportForms.ReportForm;
import se.samverka.rules.Finding;
import se.samverka.rules.R11_2b;
import se.samverka.rules.ReportState;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A centre's activity reports: who may see the centre reads and downloads them, its editors compile, edit, refresh,
 * adopt and correct them. An adopted report refuses every change; it can only be corrected beside.
 */
@Controller
class ReportPages {

    private static final List<String> FORMS = List.of("edit", "refresh", "correction");

    private final ReportWork work;
    private final CentreGate gate;
    private final Actors actors;
    private final Texts texts;

    ReportPages(ReportWork work, CentreGate gate, Actors actors, Texts texts) {
        this.work = work;
        this.gate = gate;
        this.actors = actors;
        this.texts = texts;
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
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        var year = ReportForms.year(form, work.years(id), errors);
        if (year.isEmpty()) {
            return list(centre, model);
        }
        try {
            work.compile(centre, year.get());
        } catch (ReportException | DuplicateKeyException e) {
            boolean exists = !(e instanceof ReportException refused) || "exists".equals(refused.code());
            errors.rejectValue("year", exists ? "report.form.exists" : "report.refused.year",
                    new Object[]{String.valueOf(year.get())}, null);
            response.setStatus(HttpStatus.CONFLICT.value());
            return list(centre, model);
        }
        redirect.addFlashAttribute("notice", "report.compiled");
        return "redirect:/centres/" + id + "/reports/" + year.get();
    }

    @GetMapping("/centres/{id}/reports/{year}")
    String show(@PathVariable long id, @PathVariable int year, Model model) {
        CentreView centre = gate.require(id, CentreAction.FOLLOW);
        return page(centre, checked(year), model);
    }

    @PostMapping("/centres/{id}/reports/{year}")
    String save(@PathVariable long id, @PathVariable int year, @ModelAttribute("edit") ReportForm form,
                BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        return change(centre, checked(year), "edit", errors, model, response, redirect, () -> {
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
                   BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        return change(centre, checked(year), "refresh", errors, model, response, redirect, () -> {
            if (!ReportForms.confirmed(form, errors)) {
                return null;
            }
            work.refresh(centre, year, FormValues.version(form.version()));
            return "report.refreshed";
        });
    }

    @PostMapping("/centres/{id}/reports/{year}/adopt")
    String adopt(@PathVariable long id, @PathVariable int year, @RequestParam(required = false) String version,
                 Model model, HttpServletResponse response, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.DECIDE);
        return change(centre, checked(year), null, null, model, response, redirect, () -> {
            Actor actor = actors.require();
            work.adopt(id, year, actor.username(), actor.displayName(), FormValues.version(version));
            return "report.adopted";
        });
    }

    @PostMapping("/centres/{id}/reports/{year}/corrections")
    String correct(@PathVariable long id, @PathVariable int year, @ModelAttribute("correction") CorrectionForm form,
                   BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.PREPARE);
        int checkedYear = checked(year);
        try {
            if (!work.state(id, checkedYear).adopted()) {
                expectOpen(id, checkedYear);
                throw new ReportException("correction-before-adoption");
            }
            var correction = ReportForms.correction(form, errors);
            if (correction.isEmpty()) {
                return again(centre, year, model, "correction", errors);
            }
            work.correct(id, year, correction.get().section(), correction.get().text(), actors.require().username());
        } catch (ReportException e) {
            return refused(centre, year, model, response, e);
        }
        redirect.addFlashAttribute("notice", "report.corrected");
        return "redirect:/centres/" + id + "/reports/" + year;
    }

    @GetMapping("/centres/{id}/reports/{year}/verksamhetsberattelse.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable int year) {
        CentreView centre = gate.require(id, CentreAction.FOLLOW);
        ActivityReport report = work.read(id, checked(year))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        byte[] pdf = ReportPdf.render(report, centre.name(), work.corrections(report), this::heading);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("verksamhetsberattelse-" + year + "-" + id + ".pdf").build().toString())
                .body(pdf);
    }

    private String heading(ReportSection section) {
        return texts.message("report.section." + section.name());
    }

    /**
     * One change of an open report: refused with 409 when the report is adopted, whatever the input; the page again
     * with the form's errors when the step finds any (it returns null); 409 with the form's conflict when the report
     * changed meanwhile, keeping what the user wrote.
     */
    private String change(CentreView centre, int year, String failed, BindingResult errors, Model model,
                          HttpServletResponse response, RedirectAttributes redirect, Supplier<String> step) {
        try {
            expectOpen(centre.id(), year);
            String notice = step.get();
            if (notice == null) {
                return again(centre, year, model, failed, errors);
            }
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/centres/" + centre.id() + "/reports/" + year;
        } catch (ReportException e) {
            return refused(centre, year, model, response, e);
        } catch (OptimisticLockingFailureException e) {
            if (errors == null) {
                return refused(centre, year, model, response, new ReportException("changed"));
            }
            errors.reject("form.conflict");
            response.setStatus(HttpStatus.CONFLICT.value());
            return again(centre, year, model, failed, errors);
        }
    }

    /** Refuses when there is no report for the year, or when it is adopted. */
    private void expectOpen(long centreId, int year) {
        ReportState state = work.state(centreId, year);
        if (!state.exists()) {
            throw new ReportException("no-report");
        }
        if (state.adopted()) {
            throw new ReportException("adopted");
        }
    }

    private String again(CentreView centre, int year, Model model, String failed, BindingResult errors) {
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + failed, errors);
        return page(centre, year, model);
    }

    private String refused(CentreView centre, int year, Model model, HttpServletResponse response, ReportException e) {
        response.setStatus("no-report".equals(e.code()) ? HttpStatus.NOT_FOUND.value() : HttpStatus.CONFLICT.value());
        model.addAttribute("refusal", "report.refused." + e.code());
        FORMS.forEach(form -> {
            model.asMap().remove(form);
            model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + form);
        });
        return page(centre, year, model);
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
