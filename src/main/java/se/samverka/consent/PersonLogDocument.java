package se.samverka.consent;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditEvent;
import se.samverka.document.ArchivalPdf;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A person's log extract as PDF/A-2a from the template {@code consent/log-document.html} with the registers' print
 * style sheet: every time someone read or changed their record in one operation's register, who and what, for the
 * person or the custodians who ask for it (as HSLF-FS 2016:40 and GDPR art. 15 let them). Its texts are the
 * {@code consent.log-pdf.*} messages.
 */
@Component
class PersonLogDocument {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    /** @param name null for a person with protected identity, whose extract names them by a line to fill in */
    record Subject(String centreName, String operation, String name, String identity, LocalDateTime printedAt,
                   String printedBy) {
    }

    /** A line of the extract: when in Sweden, the account and its holder's name, what was done to what. */
    record Line(LocalDateTime at, String account, String name, AuditAction action, String what) {
    }

    private final ITemplateEngine templates;

    PersonLogDocument(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(Subject subject, List<AuditEvent> events, Map<String, String> actorNames) {
        var context = new Context(SWEDISH);
        context.setVariable("subject", subject);
        context.setVariable("events", events.stream().map(event -> new Line(
                LocalDateTime.ofInstant(event.occurredAt(), SWEDEN), event.actor(),
                actorNames.getOrDefault(event.actor(), event.actor()), event.action(), what(event.detail()))).toList());
        return ArchivalPdf.render(templates.process("consent/log-document", context), "log extract");
    }

    /** The entry's detail without the register it names, which the extract states once at the top. */
    private static String what(String detail) {
        if (detail == null) {
            return "";
        }
        int colon = detail.startsWith("personregister ") ? detail.indexOf(": ") : -1;
        return colon < 0 ? detail : detail.substring(colon + 2);
    }
}
