package se.samverka.platform;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.CentreKind;
import se.samverka.rules.ConsentTerms;
import se.samverka.rules.DisclosureReason;
import se.samverka.rules.Finding;
import se.samverka.rules.InformationKind;
import se.samverka.rules.ProposedDisclosure;
import se.samverka.rules.Reason;
import se.samverka.rules.Requirement;
import se.samverka.rules.Rule;
import se.samverka.rules.RuleBook;
import se.samverka.rules.Severity;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The user's language for what the code produces: the rules' findings, reasons and requirements, and
 * form errors. Available to templates as {@code @texts}.
 */
@Component("texts")
public class Texts {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    public String finding(Finding finding) {
        return sentence("rule." + finding.code(), finding.operations());
    }

    public String reason(Reason reason) {
        return sentence("rule." + reason.code(), reason.operations());
    }

    public String requirement(Requirement requirement) {
        return sentence("rule." + requirement.code(), requirement.anyOf());
    }

    /** The agreement's own words behind a rule, or null for an unknown id. */
    public String quote(String ruleId) {
        return RuleBook.rule(ruleId).map(Rule::quote).orElse(null);
    }

    public String kind(CentreKind kind) {
        return message("kind." + kind.name());
    }

    public String severity(Severity severity) {
        return message("severity." + severity.name());
    }

    public String operation(BaseOperation operation) {
        return message("operation." + operation.name());
    }

    /** "barnmorskemottagning, barnhälsovård och öppen förskola", in the agreement's order. */
    public String operations(Collection<BaseOperation> operations, String conjunction) {
        List<String> names = operations.stream().sorted().map(this::operation).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + message(conjunction) + " "
                + names.getLast();
    }

    public String informationKind(InformationKind kind) {
        return message("information-kind." + kind.name());
    }

    /**
     * A reason of a disclosure decision (R13a, R13c) as a sentence: {@code consents} are the ones decided on, which
     * the reason's position points into, and {@code numbers} what each is called ("Samtycke 7"); {@code statute}
     * names the secrecy-breaking rule invoked, if one was.
     */
    public String disclosureReason(DisclosureReason reason, ProposedDisclosure disclosure,
                                   List<ConsentTerms> consents, List<Long> numbers, String statute) {
        ConsentTerms consent = reason.consent() == null ? null : consents.get(reason.consent());
        return message("disclosure." + reason.code(),
                reason.consent() == null ? null : numbers.get(reason.consent()),
                consent == null ? null : consent.validFrom(),
                consent == null ? null : consent.validTo(),
                consent == null ? null : consent.withdrawnOn(),
                operation(disclosure.from()),
                operation(disclosure.to()),
                informationKind(disclosure.informationKind()),
                disclosure.on(),
                statute);
    }

    public String resolve(MessageSourceResolvable resolvable) {
        return messages.getMessage(resolvable, locale());
    }

    public String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, locale());
    }

    private String sentence(String code, Collection<BaseOperation> operations) {
        String text = message(code, operations(operations, "conjunction.and"), operations(operations, "conjunction.or"));
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale()) + text.substring(1);
    }

    /** Swedish until the English texts are complete, also where no locale resolver has run (filters). */
    private static Locale locale() {
        Locale requested = LocaleContextHolder.getLocale();
        return SWEDISH.getLanguage().equals(requested.getLanguage()) ? requested : SWEDISH;
    }
}
