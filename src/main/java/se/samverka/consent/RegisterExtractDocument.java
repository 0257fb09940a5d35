package se.samverka.consent;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.samverka.document.ArchivalPdf;
import se.samverka.document.Xhtml;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.InformationKind;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A person's register extract (GDPR art. 15) as PDF/A-2a: everything one operation's register holds about them, why
 * and on what ground, who received it, how long it is kept and what the person may ask for. Its texts are the
 * {@code consent.extract-pdf.*} messages.
 */
@Component
class RegisterExtractDocument {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String STYLE = ArchivalPdf.numberedPages("A4", "18mm 16mm 20mm 16mm", "8pt") + """
            body { font-family: 'Liberation Serif'; font-size: 10.5pt; line-height: 1.35; color: #000000; }
            h1, h2 { font-family: 'Liberation Sans'; }
            h1 { font-size: 16pt; margin: 0 0 3mm 0; }
            h2 { font-size: 12pt; margin: 5mm 0 1.5mm 0; page-break-after: avoid; }
            p { margin: 0 0 2mm 0; }
            table { width: 100%; border-collapse: collapse; }
            th { text-align: left; border-bottom: 1pt solid #000000; padding: 1mm 1.5mm 1mm 0; vertical-align: top; }
            td { border-bottom: 0.4pt solid #999999; padding: 1mm 1.5mm 1mm 0; vertical-align: top; }
            tr { page-break-inside: avoid; }
            """;

    /** Everything the extract tells; {@code operation} names an operation in Swedish. */
    record Contents(Register register, PersonRegister.PersonView person, List<ConsentRecord> consents,
                    List<Disclosures.DisclosureView> disclosures, List<Disclosures.RefusalView> refusals,
                    Function<Long, String> operationOfUnit, Function<BaseOperation, String> operation,
                    int retentionYears, LocalDateTime printedAt, String printedBy) {
    }

    private final MessageSource messages;

    RegisterExtractDocument(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(Contents contents) {
        String title = text("consent.extract-pdf.title");
        return ArchivalPdf.render(title, contents.register().centreName(), STYLE, html -> body(html, contents, title));
    }

    private void body(Xhtml html, Contents c, String title) {
        PersonRegister.PersonView person = c.person();
        html.element("h1", title);
        html.element("p", text("consent.extract-pdf.controller", c.register().unitName(), c.register().centreName(),
                c.operation().apply(c.register().operation())));
        html.element("p", text("consent.extract-pdf.printed", WHEN.format(c.printedAt()), c.printedBy()));

        html.element("h2", text("consent.extract-pdf.record"));
        html.open("table").open("tbody");
        row(html, text("consent.person.name"), person.name());
        row(html, text("consent.person.identity"), person.identityNumber() != null ? person.identityNumber()
                : person.reserveNumber());
        row(html, text("consent.person.kind"), text("consent.person.kind." + person.kind()));
        if (person.jointCustody() != null) {
            row(html, text("consent.person.custody"), text(person.jointCustody()
                    ? "consent.person.joint-custody.true" : "consent.person.joint-custody.false"));
            row(html, text("consent.person.custodian-1"), person.custodian1());
            if (person.custodian2() != null) {
                row(html, text("consent.person.custodian-2"), person.custodian2());
            }
        }
        row(html, text("consent.person.protected"), text(person.protectedIdentity() ? "yes" : "no"));
        row(html, text("consent.person.registered"), WHEN.format(person.registeredAt()));
        html.close().close();

        html.element("h2", text("consent.consents"));
        if (c.consents().isEmpty()) {
            html.element("p", text("consent.consents.none"));
        }
        for (ConsentRecord consent : c.consents()) {
            html.element("p", text("consent.extract-pdf.consent", consent.id(), consent.validFrom(), consent.validTo(),
                    operations(consent.from(), c.operation()), operations(consent.to(), c.operation()),
                    consent.informationKinds().stream().map(this::kind).collect(Collectors.joining(", ")),
                    text("consent.purpose." + consent.purpose()) + (consent.purposeText() == null ? ""
                            : ": " + consent.purposeText()),
                    consent.givenBy().stream().map(g -> text("consent.giver." + g)).collect(Collectors.joining(", ")),
                    text("consent.given-how." + consent.givenHow())));
            if (consent.withdrawal() != null) {
                html.element("p", text("consent.extract-pdf.withdrawn", consent.withdrawal().withdrawnOn()));
            }
        }

        html.element("h2", text("consent.disclosures"));
        if (c.disclosures().isEmpty()) {
            html.element("p", text("consent.disclosures.none"));
        } else {
            html.open("table").open("thead").open("tr");
            for (String heading : List.of("consent.disclosure.date", "consent.disclosure.direction",
                    "consent.disclosure.what", "consent.disclosure.basis")) {
                html.element("th", text(heading), "scope", "col");
            }
            html.close().close().open("tbody");
            for (Disclosures.DisclosureView d : c.disclosures()) {
                String other = c.operationOfUnit().apply(d.otherUnitId());
                html.open("tr").element("td", d.disclosedOn().toString())
                        .element("td", text(d.sent() ? "consent.disclosure.sent-to" : "consent.disclosure.received-from",
                                other))
                        .element("td", kind(d.informationKind()) + ": " + d.what())
                        .element("td", d.legalBasis() + (d.reason() == null ? "" : ". "
                                + text("consent.disclosure.reason-shown", d.reason())))
                        .close();
            }
            html.close().close();
        }
        if (!c.refusals().isEmpty()) {
            html.element("h2", text("consent.refusals"));
            for (Disclosures.RefusalView r : c.refusals()) {
                html.element("p", text("consent.extract-pdf.refusal", r.askedOn(),
                        c.operationOfUnit().apply(r.toUnitId()), kind(r.informationKind()),
                        String.join(" ", r.reasons())));
            }
        }

        html.element("h2", text("consent.extract-pdf.why"));
        html.element("p", text("consent.extract-pdf.purpose"));
        html.element("p", text("consent.extract-pdf.retention", c.retentionYears()));
        html.element("p", text("consent.extract-pdf.rights"));
    }

    private String operations(Collection<BaseOperation> operations, Function<BaseOperation, String> name) {
        return operations.stream().sorted().map(name).collect(Collectors.joining(", "));
    }

    private String kind(InformationKind kind) {
        return text("information-kind." + kind);
    }

    private static void row(Xhtml html, String label, String value) {
        html.open("tr").element("th", label, "scope", "row").element("td", value == null ? "–" : value).close();
    }

    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, SWEDISH);
    }
}
