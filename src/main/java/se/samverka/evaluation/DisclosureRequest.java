package se.samverka.evaluation;

import se.samverka.platform.FormValues;
import se.samverka.platform.InvalidRequestException;
import se.samverka.platform.InvalidRequestException.FieldProblem;
import se.samverka.platform.Texts;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.ConsentGiver;
import se.samverka.rules.ConsentTerms;
import se.samverka.rules.DataSubject;
import se.samverka.rules.InformationFlow;
import se.samverka.rules.InformationKind;
import se.samverka.rules.ProposedDisclosure;
import se.samverka.rules.SecrecyBreakingGround;
import se.samverka.rules.SecrecyBreakingRule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One disclosure to decide as a client states it: nothing is looked up or stored. Dates arrive as text so that a
 * wrong one gets a Swedish answer at its field.
 *
 * @param on                  the day of the disclosure; today if left out
 * @param jointCustody        required when the subject is a child
 * @param secrecyBreakingRule the rule invoked instead of a consent, if any
 */
record DisclosureRequest(String on, String from, String to, String informationKind, Boolean subjectIsChild,
                         Boolean jointCustody, List<ConsentInput> consents, GroundInput secrecyBreakingRule) {

    static final int MAX_CONSENTS = 100;
    static final int MAX_REASON_LENGTH = 4000;

    record ConsentInput(List<String> from, List<String> to, List<String> informationKinds, List<String> givenBy,
                        String validFrom, String validTo, String withdrawnOn) {
    }

    record GroundInput(String code, String reason) {
    }

    record Decision(ProposedDisclosure disclosure, List<ConsentTerms> consents, Optional<SecrecyBreakingGround> ground) {
    }

    Decision toDecision(Texts texts, LocalDate today) {
        var problems = new ArrayList<FieldProblem>();
        var values = new RequestValues(texts, problems);
        LocalDate day = FormValues.blank(on) ? today : values.date("on", on, true);
        BaseOperation disclosing = required(texts, problems, "from", from, BaseOperation.class);
        BaseOperation receiving = required(texts, problems, "to", to, BaseOperation.class);
        if (disclosing != null && disclosing == receiving) {
            problems.add(new FieldProblem("to", texts.message("api.disclosure.same-operation")));
        }
        InformationKind kind = required(texts, problems, "informationKind", informationKind, InformationKind.class);
        if (subjectIsChild == null) {
            problems.add(new FieldProblem("subjectIsChild", texts.message("api.missing-boolean")));
        } else if (subjectIsChild && jointCustody == null) {
            problems.add(new FieldProblem("jointCustody", texts.message("api.disclosure.joint-custody-missing")));
        }
        List<ConsentTerms> terms = consents(texts, problems, values);
        Optional<SecrecyBreakingGround> ground = ground(texts, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        var subject = DataSubject.of(subjectIsChild, Boolean.TRUE.equals(jointCustody));
        return new Decision(new ProposedDisclosure(day, disclosing, receiving, kind, subject), terms, ground);
    }

    private List<ConsentTerms> consents(Texts texts, List<FieldProblem> problems, RequestValues values) {
        if (consents == null) {
            return List.of();
        }
        if (consents.size() > MAX_CONSENTS) {
            problems.add(new FieldProblem("consents", texts.message("api.disclosure.too-many-consents", MAX_CONSENTS)));
            return List.of();
        }
        var terms = new ArrayList<ConsentTerms>();
        for (int i = 0; i < consents.size(); i++) {
            String field = "consents[" + i + "]";
            ConsentInput consent = consents.get(i);
            if (consent == null) {
                problems.add(new FieldProblem(field, texts.message("api.missing")));
                continue;
            }
            int before = problems.size();
            Set<BaseOperation> disclosing = all(texts, problems, field + ".from", consent.from(), BaseOperation.class);
            Set<BaseOperation> receiving = all(texts, problems, field + ".to", consent.to(), BaseOperation.class);
            Set<InformationKind> kinds = all(texts, problems, field + ".informationKinds", consent.informationKinds(),
                    InformationKind.class);
            Set<ConsentGiver> givers = all(texts, problems, field + ".givenBy", consent.givenBy(), ConsentGiver.class);
            LocalDate first = values.date(field + ".validFrom", consent.validFrom(), true);
            LocalDate last = values.date(field + ".validTo", consent.validTo(), true);
            LocalDate withdrawn = values.date(field + ".withdrawnOn", consent.withdrawnOn(), false);
            if (first != null && last != null && last.isBefore(first)) {
                problems.add(new FieldProblem(field + ".validTo",
                        texts.message("api.disclosure.valid-to-before-valid-from", last, first)));
            }
            if (disclosing != null && receiving != null && InformationFlow.between(disclosing, receiving).isEmpty()) {
                problems.add(new FieldProblem(field + ".to", texts.message("api.disclosure.consent-no-flow")));
            }
            if (problems.size() == before) {
                terms.add(ConsentTerms.between(disclosing, receiving, kinds, givers, first, last, withdrawn));
            }
        }
        return terms;
    }

    private Optional<SecrecyBreakingGround> ground(Texts texts, List<FieldProblem> problems) {
        if (secrecyBreakingRule == null) {
            return Optional.empty();
        }
        String code = secrecyBreakingRule.code();
        if (FormValues.blank(code)) {
            problems.add(new FieldProblem("secrecyBreakingRule.code", texts.message("api.missing")));
            return Optional.empty();
        }
        if (FormValues.choice(SecrecyBreakingRule.class, code).isEmpty()) {
            problems.add(new FieldProblem("secrecyBreakingRule.code", texts.message("api.unknown-value", code,
                    allowed(SecrecyBreakingRule.values()))));
            return Optional.empty();
        }
        String reason = secrecyBreakingRule.reason();
        if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            problems.add(new FieldProblem("secrecyBreakingRule.reason",
                    texts.message("api.too-long", MAX_REASON_LENGTH)));
            return Optional.empty();
        }
        return Optional.of(new SecrecyBreakingGround(code, reason));
    }

    /** Null unless the list has at least one value and every value is known. */
    private static <E extends Enum<E>> Set<E> all(Texts texts, List<FieldProblem> problems, String field,
                                                  List<String> names, Class<E> type) {
        if (names == null || names.isEmpty()) {
            problems.add(new FieldProblem(field, texts.message("api.disclosure.list-empty")));
            return null;
        }
        var values = EnumSet.noneOf(type);
        boolean valid = true;
        for (int i = 0; i < names.size(); i++) {
            E value = required(texts, problems, field + "[" + i + "]", names.get(i), type);
            if (value == null) {
                valid = false;
            } else {
                values.add(value);
            }
        }
        return valid ? values : null;
    }

    private static <E extends Enum<E>> E required(Texts texts, List<FieldProblem> problems, String field, String name,
                                                  Class<E> type) {
        if (FormValues.blank(name)) {
            problems.add(new FieldProblem(field, texts.message("api.missing")));
            return null;
        }
        E value = FormValues.choice(type, name).orElse(null);
        if (value == null) {
            problems.add(new FieldProblem(field, texts.message("api.unknown-value", name,
                    allowed(type.getEnumConstants()))));
        }
        return value;
    }

    private static String allowed(Enum<?>[] values) {
        return String.join(", ", Arrays.stream(values).map(Enum::name).toList());
    }
}
