package se.samverka.consent;

import org.springframework.validation.Errors;
import se.samverka.organisation.UnitSummary;
import se.samverka.platform.FormValues;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.ConsentGiver;
import se.samverka.rules.InformationFlow;
import se.samverka.rules.InformationKind;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The consent, withdrawal and disclosure forms as typed, and what they become once valid. */
final class ConsentForms {

    static final int MAX_TEXT = 2000;
    static final int MAX_PURPOSE = 500;
    static final int MAX_WITNESS = 200;
    static final int MAX_REASON = 4000;
    /** How far back a consent given on paper may be recorded. */
    static final int MAX_MONTHS_BACK = 12;

    private ConsentForms() {
    }

    /**
     * The form as typed.
     *
     * @param flows         the ways information may pass, each as {@link InformationFlow#code()}
     * @param allOperations ticked: every operation of the centre to every other, whatever {@code flows} says
     */
    record ConsentForm(List<String> flows, String allOperations, List<String> informationKinds,
                       List<String> givenBy, String purpose, String purposeText, String childView, String givenHow,
                       String witness, String validFrom, String validTo) {

        /** This operation may disclose, to the others, what the person agrees to, from today for the longest time. */
        static ConsentForm initial(BaseOperation own, Collection<BaseOperation> others, List<ConsentGiver> givers,
                                   LocalDate today, int months) {
            return new ConsentForm(others.stream().filter(o -> o != own)
                    .map(o -> new InformationFlow(own, o).code()).toList(), "",
                    List.of(), givers.stream().map(Enum::name).toList(), "", "", "", "", "", today.toString(),
                    today.plusMonths(months).minusDays(1).toString());
        }

        public boolean chosen(BaseOperation from, BaseOperation to) {
            return flows != null && flows.contains(new InformationFlow(from, to).code());
        }
    }

    record WithdrawalForm(String withdrawnOn, String how) {
    }

    /** @param basis "CONSENT" or the code of a secrecy-breaking rule in the catalogue */
    record DisclosureForm(String to, String informationKind, String what, String on, String basis, String reason) {

        static DisclosureForm initial(LocalDate today) {
            return new DisclosureForm("", "", "", today.toString(), "CONSENT", "");
        }
    }

    /** Who may give a consent for the person: a child's named custodians, or the adult. */
    static List<ConsentGiver> givers(PersonDetails person) {
        if (person.kind() != PersonKind.CHILD) {
            return List.of(ConsentGiver.SELF);
        }
        return person.custodian2() == null ? List.of(ConsentGiver.CUSTODIAN_1)
                : List.of(ConsentGiver.CUSTODIAN_1, ConsentGiver.CUSTODIAN_2);
    }

    static Optional<Consents.NewConsent> consent(ConsentForm form, PersonDetails person,
                                                 Set<BaseOperation> atCentre, LocalDate today, int maxMonths,
                                                 Errors errors) {
        Set<InformationFlow> flows = flows(form, atCentre, errors);
        Set<InformationKind> kinds = choices(form.informationKinds(), InformationKind.class,
                EnumSet.allOf(InformationKind.class), "informationKinds", errors);
        Set<ConsentGiver> givers = choices(form.givenBy(), ConsentGiver.class, EnumSet.copyOf(givers(person)),
                "givenBy", errors);
        Optional<ConsentPurpose> purpose = FormValues.choice(ConsentPurpose.class, form.purpose());
        if (purpose.isEmpty()) {
            errors.rejectValue("purpose", "consent.consent.form.purpose");
        }
        String purposeText = text(form.purposeText(), "purposeText", MAX_PURPOSE, errors);
        if (purpose.orElse(null) == ConsentPurpose.OTHER && purposeText == null
                && !errors.hasFieldErrors("purposeText")) {
            errors.rejectValue("purposeText", "consent.consent.form.purpose-text");
        }
        String childView = text(form.childView(), "childView", MAX_TEXT, errors);
        if (childView != null && person.kind() != PersonKind.CHILD) {
            errors.rejectValue("childView", "consent.consent.form.child-view-child-only");
        }
        Optional<GivenHow> how = FormValues.choice(GivenHow.class, form.givenHow());
        if (how.isEmpty()) {
            errors.rejectValue("givenHow", "consent.consent.form.given-how");
        }
        String witness = text(form.witness(), "witness", MAX_WITNESS, errors);
        if (how.orElse(null) == GivenHow.ORAL && witness == null && !errors.hasFieldErrors("witness")) {
            errors.rejectValue("witness", "consent.consent.form.witness");
        }
        LocalDate first = date(form.validFrom(), "validFrom", errors);
        LocalDate last = date(form.validTo(), "validTo", errors);
        if (first != null && first.isBefore(today.minusMonths(MAX_MONTHS_BACK))) {
            errors.rejectValue("validFrom", "consent.consent.form.too-old", new Object[]{MAX_MONTHS_BACK}, null);
        }
        if (first != null && last != null) {
            if (last.isBefore(first)) {
                errors.rejectValue("validTo", "consent.consent.form.ends-before-start");
            } else if (!last.isBefore(first.plusMonths(maxMonths))) {
                errors.rejectValue("validTo", "consent.consent.form.too-long",
                        new Object[]{maxMonths, first.plusMonths(maxMonths).minusDays(1).toString()}, null);
            }
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Consents.NewConsent(flows, kinds, givers, purpose.orElseThrow(),
                purpose.orElseThrow() == ConsentPurpose.OTHER ? purposeText : null,
                person.kind() == PersonKind.CHILD ? childView : null, how.orElseThrow(),
                how.orElseThrow() == GivenHow.ORAL ? witness : null, first, last));
    }

    record Withdrawal(LocalDate on, GivenHow how) {
    }

    static Optional<Withdrawal> withdrawal(WithdrawalForm form, LocalDate today, Errors errors) {
        LocalDate on = date(form.withdrawnOn(), "withdrawnOn", errors);
        if (on != null && on.isAfter(today)) {
            errors.rejectValue("withdrawnOn", "consent.withdrawal.form.future");
        }
        Optional<GivenHow> how = FormValues.choice(GivenHow.class, form.how());
        if (how.isEmpty()) {
            errors.rejectValue("how", "consent.withdrawal.form.how");
        }
        return errors.hasErrors() ? Optional.empty() : Optional.of(new Withdrawal(on, how.orElseThrow()));
    }

    static Optional<Disclosures.Request> disclosure(DisclosureForm form, BaseOperation own,
                                                    Map<BaseOperation, UnitSummary> atCentre, Set<String> rules,
                                                    LocalDate today, Errors errors) {
        Optional<BaseOperation> to = FormValues.choice(BaseOperation.class, form.to())
                .filter(operation -> operation != own && atCentre.containsKey(operation));
        if (to.isEmpty()) {
            errors.rejectValue("to", "consent.disclosure.form.to");
        }
        Optional<InformationKind> kind = FormValues.choice(InformationKind.class, form.informationKind());
        if (kind.isEmpty()) {
            errors.rejectValue("informationKind", "consent.disclosure.form.kind");
        }
        String what = text(form.what(), "what", MAX_TEXT, errors);
        if (what == null && !errors.hasFieldErrors("what")) {
            errors.rejectValue("what", "consent.disclosure.form.what");
        }
        LocalDate on = date(form.on(), "on", errors);
        if (on != null && on.isAfter(today)) {
            errors.rejectValue("on", "consent.disclosure.form.future");
        }
        String basis = form.basis() == null ? "" : form.basis();
        if (!basis.equals("CONSENT") && !rules.contains(basis)) {
            errors.rejectValue("basis", "consent.disclosure.form.basis");
        }
        String reason = text(form.reason(), "reason", MAX_REASON, errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        boolean rule = !basis.equals("CONSENT");
        return Optional.of(new Disclosures.Request(atCentre.get(to.orElseThrow()), kind.orElseThrow(), what, on,
                rule ? basis : null, rule ? reason : null));
    }

    /** Null unless at least one way is chosen and each is between two operations of the centre. */
    private static Set<InformationFlow> flows(ConsentForm form, Set<BaseOperation> atCentre, Errors errors) {
        if (FormValues.checked(form.allOperations())) {
            Set<InformationFlow> all = InformationFlow.between(atCentre, atCentre);
            if (all.isEmpty()) {
                errors.rejectValue("flows", "consent.consent.form.flows");
                return null;
            }
            return all;
        }
        if (form.flows() == null || form.flows().isEmpty()) {
            errors.rejectValue("flows", "consent.consent.form.flows");
            return null;
        }
        var flows = new TreeSet<InformationFlow>();
        for (String code : form.flows()) {
            Optional<InformationFlow> flow = InformationFlow.parse(code)
                    .filter(f -> atCentre.contains(f.from()) && atCentre.contains(f.to()));
            if (flow.isEmpty()) {
                errors.rejectValue("flows", "consent.consent.form.flows");
                return null;
            }
            flows.add(flow.get());
        }
        return flows;
    }

    /** Null unless at least one value is chosen and every one is allowed. */
    private static <E extends Enum<E>> Set<E> choices(List<String> names, Class<E> type, Set<E> allowed,
                                                      String field, Errors errors) {
        if (names == null || names.isEmpty()) {
            errors.rejectValue(field, "consent.consent.form." + field);
            return null;
        }
        var values = EnumSet.noneOf(type);
        for (String name : names) {
            Optional<E> value = FormValues.choice(type, name).filter(allowed::contains);
            if (value.isEmpty()) {
                errors.rejectValue(field, "consent.consent.form." + field);
                return null;
            }
            values.add(value.get());
        }
        return values;
    }

    private static String text(String value, String field, int max, Errors errors) {
        if (FormValues.blank(value)) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            errors.rejectValue(field, "form.too-long", new Object[]{max}, null);
            return null;
        }
        return text;
    }

    private static LocalDate date(String value, String field, Errors errors) {
        Optional<LocalDate> date = FormValues.date(value);
        if (date.isEmpty() || date.get().getYear() < 2000 || date.get().getYear() > 2100) {
            errors.rejectValue(field, "consent.form.date");
            return null;
        }
        return date.get();
    }
}
