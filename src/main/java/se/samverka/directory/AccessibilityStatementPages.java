package se.samverka.directory;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.View;
import se.samverka.directory.AccessibilityFeedback.Sent;
import se.samverka.platform.FormValues;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The accessibility statement of the public directory, in the form DIGG's model statement gives it (lagen
 * (2018:1937) om tillgänglighet till digital offentlig service, MDFFS 2019:2), and its feedback form, through which a
 * visitor reports what they cannot use; the county reads it at {@code /lan/tillganglighet}.
 * <p>
 * The form is sent on the stateless public chain, which has no session to keep a CSRF token in. A forged post could
 * only add an item to the county's list, in the name of no one, so instead of a token: the sizes are limited, a field
 * hidden from people that a script fills in is ignored with a receipt (nothing stored), and one address may send
 * {@value FeedbackLimit#PER_WINDOW} items an hour.
 */
@Controller
class AccessibilityStatementPages {

    /** When the statement was written and the pages last tested; changed with the statement, not at every start. */
    static final LocalDate STATEMENT_DATE = LocalDate.of(2026, 12, 4);
    static final int MAX_PROBLEM = 4000;
    static final int MAX_ADDRESS = 500;
    static final int MAX_EMAIL = 254;

    /**
     * The feedback form as typed; {@code homepage} is the field only a script sees and fills in.
     */
    record FeedbackForm(String problem, String address, String email, String homepage) {

        static FeedbackForm empty() {
            return new FeedbackForm("", "", "", "");
        }
    }

    private final AccessibilityFeedback feedback;
    private final FeedbackLimit limit;
    private final DirectoryPages pages;

    AccessibilityStatementPages(AccessibilityFeedback feedback, FeedbackLimit limit, DirectoryPages pages) {
        this.feedback = feedback;
        this.limit = limit;
        this.pages = pages;
    }

    @GetMapping({"/tillganglighet", DirectoryPages.IN_A_LANGUAGE + "/tillganglighet"})
    String show(@PathVariable(required = false) String lang, HttpServletRequest request,
                HttpServletResponse response, Model model) {
        pages.page(lang, request, response, model);
        model.addAttribute("feedback", FeedbackForm.empty());
        model.addAttribute("thanks", request.getParameterMap().containsKey("tack"));
        return statement(model);
    }

    @PostMapping({"/tillganglighet", DirectoryPages.IN_A_LANGUAGE + "/tillganglighet"})
    String send(@PathVariable(required = false) String lang, @ModelAttribute("feedback") FeedbackForm form,
                BindingResult errors, HttpServletRequest request, HttpServletResponse response, Model model) {
        Language language = pages.page(lang, request, response, model);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (!FormValues.blank(form.homepage())) {
            return receipt(request, language);
        }
        Optional<Sent> sent = valid(form, language, errors);
        if (sent.isEmpty()) {
            return again(HttpStatus.BAD_REQUEST, response, model);
        }
        if (!limit.take(request.getRemoteAddr())) {
            model.addAttribute("problem", "directory.feedback.too-many");
            return again(HttpStatus.TOO_MANY_REQUESTS, response, model);
        }
        feedback.store(sent.get());
        return receipt(request, language);
    }

    static Optional<Sent> valid(FeedbackForm form, Language language, Errors errors) {
        String problem = FormValues.text(form.problem());
        if (problem.isEmpty()) {
            errors.rejectValue("problem", "directory.feedback.problem.required");
        } else if (problem.length() > MAX_PROBLEM) {
            errors.rejectValue("problem", "directory.feedback.problem.too-long",
                    new Object[]{MAX_PROBLEM, problem.length()}, null);
        }
        String address = form.address() == null ? "" : form.address().strip();
        if (address.length() > MAX_ADDRESS) {
            errors.rejectValue("address", "directory.feedback.address.too-long", new Object[]{MAX_ADDRESS}, null);
        }
        String email = form.email() == null ? "" : form.email().strip();
        if (!email.isEmpty() && (email.length() > MAX_EMAIL || !PublicPageForms.EMAIL.matcher(email).matches())) {
            errors.rejectValue("email", "directory.feedback.email.invalid");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Sent(problem, address.isEmpty() ? null : address, email.isEmpty() ? null : email,
                language));
    }

    /** 303 See Other to the statement with its receipt, so that reloading it does not send the form again. */
    private static String receipt(HttpServletRequest request, Language language) {
        request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
        return "redirect:" + language.link("/tillganglighet") + "?tack";
    }

    /** The statement with the form as typed and its errors; never cached, since it answers one visitor. */
    private static String again(HttpStatus status, HttpServletResponse response, Model model) {
        response.setStatus(status.value());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("thanks", false);
        return statement(model);
    }

    private static String statement(Model model) {
        model.addAttribute("statementDate", STATEMENT_DATE);
        model.addAttribute("maxProblem", MAX_PROBLEM);
        return "directory/accessibility";
    }
}
