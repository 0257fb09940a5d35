package se.samverka.consent;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.samverka.document.ArchivalPdf;
import se.samverka.document.Xhtml;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.ConsentGiver;
import se.samverka.rules.InformationKind;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The consent form that staff print for the person or the custodians to sign (R13c), as PDF/A-2a in Swedish or
 * English: who it concerns, a box to tick for each operation that may disclose and receive, for each kind of
 * information and purpose, the validity (at most the county's months) and a signature line per giver. Its texts are
 * the {@code consent.form-pdf.*} messages. A person with protected identity gets lines to fill in by hand instead of
 * their name and number, so that the printout reveals nothing if it goes astray.
 */
@Component
class ConsentFormDocument {

    static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private static final String STYLE = """
            body { font-family: 'Liberation Serif'; font-size: 11pt; line-height: 1.4; color: #000000; }
            h1, h2 { font-family: 'Liberation Sans'; }
            h1 { font-size: 16pt; margin: 0 0 3mm 0; }
            h2 { font-size: 12pt; margin: 5mm 0 1.5mm 0; page-break-after: avoid; }
            p { margin: 0 0 2mm 0; }
            table { width: 100%; border-collapse: collapse; }
            th { text-align: left; border-bottom: 1pt solid #000000; padding: 1mm 1.5mm 1mm 0; }
            td { border-bottom: 0.4pt solid #999999; padding: 1.5mm 1.5mm 1.5mm 0; vertical-align: top; }
            .box { display: inline-block; width: 3.5mm; height: 3.5mm; border: 0.8pt solid #000000; margin-right: 2mm; }
            .line { border-bottom: 0.6pt solid #000000; height: 9mm; margin: 0 0 1mm 0; }
            .signature { page-break-inside: avoid; margin-top: 4mm; }
            """;

    /** What the form is filled in with; {@code name} and {@code identity} are null for a protected person. */
    record Subject(String centreName, BaseOperation operation, PersonKind kind, String name, String identity,
                   List<String> custodians, List<ConsentGiver> givers) {
    }

    private final MessageSource messages;

    ConsentFormDocument(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(Subject subject, Collection<BaseOperation> operations, int maxMonths, Locale locale) {
        String title = text(locale, "consent.form-pdf.title");
        String css = ArchivalPdf.numberedPages("A4", "18mm 18mm 20mm 18mm", "8pt",
                text(locale, "consent.form-pdf.page"), text(locale, "consent.form-pdf.of")) + STYLE;
        return ArchivalPdf.render(ArchivalPdf.document(locale.toLanguageTag(), title, subject.centreName(), css,
                html -> body(html, subject, operations, maxMonths, locale, title)), title);
    }

    private void body(Xhtml html, Subject subject, Collection<BaseOperation> operations, int maxMonths, Locale locale,
                      String title) {
        html.element("h1", title);
        html.element("p", text(locale, "consent.form-pdf.centre", subject.centreName(),
                text(locale, "operation." + subject.operation())));
        html.element("p", text(locale, "consent.form-pdf.lead", maxMonths));

        html.element("h2", text(locale, "consent.form-pdf.concerns"));
        html.open("table").open("tbody");
        row(html, text(locale, "consent.form-pdf.name"), subject.name());
        row(html, text(locale, "consent.form-pdf.identity"), subject.identity());
        if (subject.kind() == PersonKind.CHILD) {
            for (int i = 0; i < subject.custodians().size(); i++) {
                row(html, text(locale, "consent.giver.CUSTODIAN_" + (i + 1)), subject.custodians().get(i));
            }
        }
        html.close().close();

        html.element("h2", text(locale, "consent.form-pdf.operations"));
        html.open("table").open("thead").open("tr")
                .element("th", text(locale, "consent.form-pdf.operation"), "scope", "col")
                .element("th", text(locale, "consent.form-pdf.may-disclose"), "scope", "col")
                .element("th", text(locale, "consent.form-pdf.may-receive"), "scope", "col")
                .close().close().open("tbody");
        for (BaseOperation operation : operations) {
            html.open("tr").element("th", capitalised(text(locale, "operation." + operation)), "scope", "row");
            box(html, text(locale, "consent.form-pdf.may-disclose"));
            box(html, text(locale, "consent.form-pdf.may-receive"));
            html.close();
        }
        html.close().close();

        html.element("h2", text(locale, "consent.form-pdf.kinds"));
        for (InformationKind kind : InformationKind.values()) {
            choice(html, capitalised(text(locale, "information-kind." + kind)));
        }
        html.element("h2", text(locale, "consent.form-pdf.purpose"));
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            choice(html, text(locale, "consent.purpose." + purpose));
        }
        html.open("div", "class", "line").close();

        html.element("h2", text(locale, "consent.form-pdf.validity"));
        html.element("p", text(locale, "consent.form-pdf.validity-text", maxMonths));
        html.open("div", "class", "line").close();
        if (subject.kind() == PersonKind.CHILD) {
            html.element("h2", text(locale, "consent.form-pdf.child-view"));
            html.open("div", "class", "line").close();
        }
        html.element("p", text(locale, "consent.form-pdf.withdraw"));

        html.element("h2", text(locale, "consent.form-pdf.signatures"));
        for (ConsentGiver giver : subject.givers()) {
            html.open("div", "class", "signature");
            html.element("p", text(locale, "consent.giver." + giver));
            html.open("div", "class", "line").close();
            html.element("p", text(locale, "consent.form-pdf.sign-here"));
            html.close();
        }
    }

    private static void row(Xhtml html, String label, String value) {
        html.open("tr").element("th", label, "scope", "row");
        if (value == null) {
            html.open("td").open("div", "class", "line").close().close();
        } else {
            html.element("td", value);
        }
        html.close();
    }

    private static void box(Xhtml html, String label) {
        html.open("td").open("span", "class", "box", "role", "img", "aria-label", label).close().close();
    }

    private static void choice(Xhtml html, String label) {
        html.open("p").open("span", "class", "box", "role", "img", "aria-label", label).close().text(label).close();
    }

    private String text(Locale locale, String code, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
