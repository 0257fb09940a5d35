package se.samverka.consent;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.samverka.audit.AuditEvent;
import se.samverka.document.ArchivalPdf;
import se.samverka.document.Xhtml;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A person's log extract as PDF/A-2a: every time someone read or changed their record in one operation's register,
 * who and what, for the person or the custodians who ask for it (as HSLF-FS 2016:40 and GDPR art. 15 let them). Its
 * texts are the {@code consent.log-pdf.*} messages.
 */
@Component
class PersonLogDocument {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String STYLE = ArchivalPdf.numberedPages("A4", "18mm 16mm 20mm 16mm", "8pt") + """
            body { font-family: 'Liberation Serif'; font-size: 10.5pt; line-height: 1.35; color: #000000; }
            h1 { font-family: 'Liberation Sans'; font-size: 16pt; margin: 0 0 3mm 0; }
            p { margin: 0 0 2mm 0; }
            table { width: 100%; border-collapse: collapse; margin-top: 3mm; }
            th { text-align: left; border-bottom: 1pt solid #000000; padding: 1mm 1.5mm 1mm 0; }
            td { border-bottom: 0.4pt solid #999999; padding: 1mm 1.5mm 1mm 0; vertical-align: top; }
            tr { page-break-inside: avoid; }
            """;

    /** @param name null for a person with protected identity, whose extract names them by a line to fill in */
    record Subject(String centreName, String operation, String name, String identity, LocalDateTime printedAt,
                   String printedBy) {
    }

    private final MessageSource messages;

    PersonLogDocument(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(Subject subject, List<AuditEvent> events, Map<String, String> actorNames) {
        String title = text("consent.log-pdf.title");
        return ArchivalPdf.render(title, subject.centreName(), STYLE, html -> {
            html.element("h1", title);
            html.element("p", text("consent.log-pdf.register", subject.centreName(), subject.operation()));
            html.element("p", text("consent.log-pdf.person", subject.name() == null ? "________________________"
                    : subject.name(), subject.identity() == null ? "________________" : subject.identity()));
            html.element("p", text("consent.log-pdf.lead"));
            html.element("p", text("consent.log-pdf.printed", WHEN.format(subject.printedAt()), subject.printedBy()));
            table(html, events, actorNames);
        });
    }

    private void table(Xhtml html, List<AuditEvent> events, Map<String, String> actorNames) {
        html.open("table").open("thead").open("tr");
        for (String heading : List.of("consent.log-pdf.when", "consent.log-pdf.who", "consent.log-pdf.what")) {
            html.element("th", text(heading), "scope", "col");
        }
        html.close().close().open("tbody");
        for (AuditEvent event : events) {
            String who = actorNames.getOrDefault(event.actor(), event.actor());
            html.open("tr")
                    .element("td", WHEN.format(LocalDateTime.ofInstant(event.occurredAt(), SWEDEN)))
                    .element("td", who.equals(event.actor()) ? who : who + " (" + event.actor() + ")")
                    .element("td", text("consent.log-pdf.action." + event.action()) + ": " + what(event.detail()))
                    .close();
        }
        html.close().close();
    }

    /** The entry's detail without the register it names, which the extract states once at the top. */
    private static String what(String detail) {
        if (detail == null) {
            return "";
        }
        int colon = detail.startsWith("personregister ") ? detail.indexOf(": ") : -1;
        return colon < 0 ? detail : detail.substring(colon + 2);
    }

    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, SWEDISH);
    }
}
