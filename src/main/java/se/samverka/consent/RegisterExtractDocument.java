package se.samverka.consent;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import se.samverka.document.ArchivalPdf;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.ConsentGiver;
import se.samverka.rules.InformationKind;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * A person's register extract (GDPR art. 15) as PDF/A-2a from the template {@code consent/extract-document.html}
 * with the registers' print style sheet: everything one operation's register holds about them, why and on what
 * ground, who received it, how long it is kept and what the person may ask for. Its texts are the
 * {@code consent.extract-pdf.*} messages.
 */
@Component
class RegisterExtractDocument {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    /** Everything the extract tells; {@code operationOfUnit} names the operation of another unit at the centre. */
    record Contents(Register register, PersonRegister.PersonView person, List<ConsentRecord> consents,
                    List<Disclosures.DisclosureView> disclosures, List<Disclosures.RefusalView> refusals,
                    LongFunction<String> operationOfUnit, int retentionYears, LocalDateTime printedAt,
                    String printedBy) {
    }

    /** A consent as the extract states it, the operations in the agreement's order. */
    record ConsentLine(long id, LocalDate validFrom, LocalDate validTo, List<BaseOperation> from,
                       List<BaseOperation> to, List<InformationKind> kinds, ConsentPurpose purpose,
                       String purposeText, List<ConsentGiver> givers, GivenHow givenHow, LocalDate withdrawnOn) {
    }

    /** A disclosure sent to or received from {@code other}, the other unit's operation. */
    record DisclosureLine(LocalDate on, boolean sent, String other, InformationKind kind, String what,
                          String legalBasis, String reason) {
    }

    /** A disclosure to {@code to}, the other unit's operation, that was refused, and why. */
    record RefusalLine(LocalDate askedOn, String to, InformationKind kind, List<String> reasons) {
    }

    private final ITemplateEngine templates;

    RegisterExtractDocument(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(Contents c) {
        var context = new Context(SWEDISH);
        context.setVariable("register", c.register());
        context.setVariable("person", c.person());
        context.setVariable("consents", c.consents().stream().map(consent -> new ConsentLine(consent.id(),
                consent.validFrom(), consent.validTo(), sorted(consent.from()), sorted(consent.to()),
                List.copyOf(consent.informationKinds()), consent.purpose(), consent.purposeText(),
                List.copyOf(consent.givenBy()), consent.givenHow(),
                consent.withdrawal() == null ? null : consent.withdrawal().withdrawnOn())).toList());
        context.setVariable("disclosures", c.disclosures().stream().map(d -> new DisclosureLine(d.disclosedOn(),
                d.sent(), c.operationOfUnit().apply(d.otherUnitId()), d.informationKind(), d.what(), d.legalBasis(),
                d.reason())).toList());
        context.setVariable("refusals", c.refusals().stream().map(r -> new RefusalLine(r.askedOn(),
                c.operationOfUnit().apply(r.toUnitId()), r.informationKind(), r.reasons())).toList());
        context.setVariable("retentionYears", c.retentionYears());
        context.setVariable("printedAt", c.printedAt());
        context.setVariable("printedBy", c.printedBy());
        return ArchivalPdf.render(templates.process("consent/extract-document", context), "register extract");
    }

    private static List<BaseOperation> sorted(Collection<BaseOperation> operations) {
        return operations.stream().sorted().toList();
    }
}
