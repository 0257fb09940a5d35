package se.samverka.consent;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.organisation.PrincipalSummary;
import se.samverka.platform.FormValues;
import se.samverka.platform.Texts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The log review's pages, for the LOG_REVIEWER of a principal (see {@link LogReviews}). */
@Controller
class LogReviewPages {

    private static final Pattern SEED = Pattern.compile("[0-9a-f]{8,32}");
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,100}");
    private static final String BASE = "/logggranskning";
    /** What else was checked, short enough that with the ticked checks it stays within what a review keeps. */
    private static final int MAX_OTHER_CHECKS = 2000;

    /** The documentation form as typed. */
    record ReviewForm(String kind, String from, String to, String seed, String suspectedActor, String sample,
                      String protectedIdentity, String outsideRegister, String outsideHours, String manyPersons,
                      String otherChecks, String outcome, String findings, String action) {

        static ReviewForm of(LogReviews.Overview overview) {
            return new ReviewForm(overview.suspectedActor() == null ? "SAMPLE" : "SUSPICION",
                    overview.period().from().toString(), overview.period().to().toString(), overview.seed(),
                    overview.suspectedActor(), null, null, null, null, null, "", "", "", "");
        }
    }

    private final LogReviews reviews;
    private final LogReviewProperties properties;
    private final Texts texts;

    LogReviewPages(LogReviews reviews, LogReviewProperties properties, Texts texts) {
        this.reviews = reviews;
        this.properties = properties;
        this.texts = texts;
    }

    @GetMapping(BASE)
    String principals(Model model) {
        List<PrincipalSummary> principals = reviews.principals();
        if (principals.size() == 1) {
            return "redirect:" + BASE + "/" + principals.getFirst().id();
        }
        model.addAttribute("principals", principals);
        return "consent/log-reviews";
    }

    /**
     * The review of a period (the last calendar month unless chosen): the sample drawn by {@code urval} (a new one
     * unless given), the flags, one user's accesses with {@code anvandare}, and the documented reviews.
     */
    @GetMapping(BASE + "/{principalId}")
    String review(@PathVariable long principalId, @RequestParam(name = "fran", required = false) String from,
                  @RequestParam(name = "till", required = false) String to,
                  @RequestParam(name = "urval", required = false) String seed,
                  @RequestParam(name = "anvandare", required = false) String actor, Model model) {
        reviews.require(principalId);
        List<String> problems = new ArrayList<>();
        LogReviews.Period period = period(from, to, problems).orElseGet(() -> LogReviews.Period.lastMonth(reviews.today()));
        String suspected = FormValues.blank(actor) ? null : actor.strip();
        if (suspected != null && !USERNAME.matcher(suspected).matches()) {
            problems.add("consent.log-review.refused.actor");
            suspected = null;
        }
        String drawn = seed != null && SEED.matcher(seed).matches() ? seed : LogReviews.newSeed();
        LogReviews.Overview overview = reviews.overview(principalId, period, drawn, suspected);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ReviewForm.of(overview));
        }
        return page(overview, problems, model);
    }

    @PostMapping(BASE + "/{principalId}")
    String document(@PathVariable long principalId, @ModelAttribute("form") ReviewForm form, BindingResult errors,
                    Model model, RedirectAttributes redirect) {
        reviews.require(principalId);
        Optional<LogReviews.Kind> kind = FormValues.choice(LogReviews.Kind.class, form.kind());
        List<String> problems = new ArrayList<>();
        Optional<LogReviews.Period> period = period(form.from(), form.to(), problems);
        if (kind.isEmpty() || period.isEmpty() || form.seed() == null || !SEED.matcher(form.seed()).matches()) {
            problems.add("consent.log-review.refused.selection");
        }
        String suspected = FormValues.blank(form.suspectedActor()) ? null : form.suspectedActor().strip();
        if (kind.orElse(null) == LogReviews.Kind.SUSPICION
                && (suspected == null || !USERNAME.matcher(suspected).matches())) {
            problems.add("consent.log-review.refused.actor");
        }
        List<String> checked = checked(form);
        if (checked.isEmpty()) {
            errors.rejectValue("sample", "consent.log-review.form.checked");
        }
        text(form.otherChecks(), "otherChecks", false, MAX_OTHER_CHECKS, errors);
        Optional<LogReviews.Outcome> outcome = FormValues.choice(LogReviews.Outcome.class, form.outcome());
        if (outcome.isEmpty()) {
            errors.rejectValue("outcome", "consent.log-review.form.outcome");
        }
        boolean remarks = outcome.orElse(null) == LogReviews.Outcome.REMARKS;
        text(form.findings(), "findings", remarks, LogReviews.MAX_TEXT, errors);
        text(form.action(), "action", remarks, LogReviews.MAX_TEXT, errors);
        if (!problems.isEmpty()) {
            LogReviews.Period shown = period.orElseGet(() -> LogReviews.Period.lastMonth(reviews.today()));
            String seed = form.seed() != null && SEED.matcher(form.seed()).matches() ? form.seed() : LogReviews.newSeed();
            return page(reviews.overview(principalId, shown, seed, null), problems, model);
        }
        String checkedActor = kind.orElseThrow() == LogReviews.Kind.SUSPICION ? suspected : null;
        if (errors.hasErrors()) {
            return page(reviews.overview(principalId, period.orElseThrow(), form.seed(), checkedActor), problems, model);
        }
        reviews.document(principalId, new LogReviews.NewReview(kind.orElseThrow(), period.orElseThrow(), form.seed(),
                checkedActor, checked, outcome.orElseThrow(),
                remarks ? form.findings().strip() : blankToNull(form.findings()),
                remarks ? form.action().strip() : blankToNull(form.action())));
        redirect.addFlashAttribute("notice", "consent.log-review.documented");
        return "redirect:" + BASE + "/" + principalId + "#documented-heading";
    }

    private String page(LogReviews.Overview overview, List<String> problems, Model model) {
        model.addAttribute("overview", overview);
        model.addAttribute("problems", problems);
        model.addAttribute("reviews", reviews.reviews(overview.principal().id()));
        model.addAttribute("settings", properties);
        model.addAttribute("maxLines", LogReviews.MAX_LINES);
        model.addAttribute("kinds", LogReviews.Kind.values());
        model.addAttribute("outcomes", LogReviews.Outcome.values());
        return "consent/log-review";
    }

    /** The period typed, if it is one: both days, from not after to, to not after today, at most a year. */
    private Optional<LogReviews.Period> period(String from, String to, List<String> problems) {
        if (FormValues.blank(from) && FormValues.blank(to)) {
            return Optional.empty();
        }
        Optional<LocalDate> first = FormValues.date(from);
        Optional<LocalDate> last = FormValues.date(to);
        if (first.isEmpty() || last.isEmpty()) {
            problems.add("consent.log-review.refused.dates");
        } else if (last.get().isBefore(first.get())) {
            problems.add("consent.log-review.refused.order");
        } else if (last.get().isAfter(reviews.today())) {
            problems.add("consent.log-review.refused.future");
        } else if (ChronoUnit.DAYS.between(first.get(), last.get()) >= LogReviews.MAX_PERIOD_DAYS) {
            problems.add("consent.log-review.refused.long");
        } else {
            return Optional.of(new LogReviews.Period(first.get(), last.get()));
        }
        return Optional.empty();
    }

    /** What the reviewer says was checked, in Swedish, as the review keeps it. */
    private List<String> checked(ReviewForm form) {
        List<String> checked = new ArrayList<>();
        if (FormValues.checked(form.sample())) {
            checked.add(texts.message("consent.log-review.checked.sample", form.seed()));
        }
        if (FormValues.checked(form.protectedIdentity())) {
            checked.add(texts.message("consent.log-review.checked.protected"));
        }
        if (FormValues.checked(form.outsideRegister())) {
            checked.add(texts.message("consent.log-review.checked.outside-register"));
        }
        if (FormValues.checked(form.outsideHours())) {
            checked.add(texts.message("consent.log-review.checked.outside-hours"));
        }
        if (FormValues.checked(form.manyPersons())) {
            checked.add(texts.message("consent.log-review.checked.many-persons"));
        }
        if (!FormValues.blank(form.otherChecks())) {
            checked.add(form.otherChecks().strip());
        }
        return checked;
    }

    private static void text(String value, String field, boolean required, int max, BindingResult errors) {
        if (FormValues.blank(value)) {
            if (required) {
                errors.rejectValue(field, "consent.log-review.form.required");
            }
        } else if (value.strip().length() > max) {
            errors.rejectValue(field, "consent.log-review.form.long", new Object[]{max}, null);
        }
    }

    private static String blankToNull(String value) {
        return FormValues.blank(value) ? null : value.strip();
    }
}
