package se.samverka.consent;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import se.samverka.document.ArchivalPdf;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.ConsentGiver;
import se.samverka.rules.InformationKind;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The consent form that staff print for the person or the custodians to sign (R13c), as PDF/A-2a in Swedish or
 * English from the template {@code consent/form-document.html} with the forms' print style sheet: who it concerns, a
 * box to tick for each operation that may disclose and receive, for each kind of information and purpose, the
 * validity (at most the county's months) and a signature line per giver. Its texts are the
 * {@code consent.form-pdf.*} messages. A person with protected identity gets lines to fill in by hand instead of
 * their name and number, so that the printout reveals nothing if it goes astray.
 */
@Component
class ConsentFormDocument {

    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    /** What the form is filled in with; {@code name} and {@code identity} are null for a protected person. */
    record Subject(String centreName, BaseOperation operation, PersonKind kind, String name, String identity,
                   List<String> custodians, List<ConsentGiver> givers) {
    }

    private final ITemplateEngine templates;

    ConsentFormDocument(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(Subject subject, Collection<BaseOperation> operations, int maxMonths, Locale locale) {
        var context = new Context(locale);
        context.setVariable("lang", locale.toLanguageTag());
        context.setVariable("subject", subject);
        context.setVariable("operations", operations);
        context.setVariable("maxMonths", maxMonths);
        context.setVariable("kinds", InformationKind.values());
        context.setVariable("purposes", ConsentPurpose.values());
        return ArchivalPdf.render(templates.process("consent/form-document", context), "consent form");
    }
}
