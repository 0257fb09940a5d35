package se.samverka.agreement.document;

import java.util.Locale;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import se.samverka.document.ArchivalPdf;

/**
 * Renders an agreement from the template {@code agreement/document.html} with the agreements' print style sheet as a
 * tagged PDF/A-2a that also meets PDF/UA-1: embedded Liberation fonts, an sRGB output intent, Swedish as the
 * document language, the marking of a draft or a sent version at the head of every page and page numbers in the
 * footer.
 */
@Component
public class AgreementPdf {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final ITemplateEngine templates;

    public AgreementPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] render(AgreementDocument doc) {
        return ArchivalPdf.render(xhtml(doc, null), doc.title());
    }

    /** The signed original: the document followed by its evidence report. */
    public byte[] render(AgreementDocument doc, AuditTrail trail) {
        Objects.requireNonNull(trail, "trail");
        return ArchivalPdf.render(xhtml(doc, trail), doc.title());
    }

    String xhtml(AgreementDocument doc, AuditTrail trail) {
        var context = new Context(SWEDISH);
        context.setVariable("doc", doc);
        context.setVariable("trail", trail);
        return templates.process("agreement/document", context);
    }
}
