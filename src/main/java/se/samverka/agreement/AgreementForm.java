package se.samverka.agreement;

import se.samverka.platform.FormValues;
import se.samverka.rules.BaseOperation;

import java.util.List;

/**
 * A draft agreement as typed. Both kinds share the form; the page shows the fields of its kind.
 * {@link AgreementFormValidation} turns it into a {@link DraftInput}.
 */
record AgreementForm(String kind, String startsOn, String endsOn, String extensionMonths, String noticeMonths,
                     String meetingHoursPerMonth, String steeringMeetingsPerYear, String sharedPremises,
                     String fireSafety, String threatsAndViolence, String insurance, String grantor, String user,
                     String premises, String userSharePercent, String compensation, String compensationPeriod,
                     String foundations, String premisesReference, String localGoals, String steeringGroup,
                     String coordinator, String staffGroup, String coordinatorCost, String usageScope,
                     String extension, String paymentTerms, String grantorDuties, String userDuties, String transfer,
                     String reduction, String cancellation, String forceMajeure, String changes,
                     List<PartyRow> parties, String version) {

    /**
     * A party as typed: base-operation parties come from the registry and only their administration and a
     * missing organisation number are typed; other parties (library, dental care …) are typed whole.
     */
    record PartyRow(String role, String name, String principalName, String organisationNumber,
                    String administration) {
    }

    /**
     * Rows come from the page's hidden fields; a row missing in a sparse list, or with a role that is neither a base
     * operation nor another actor, was not sent by the page and is left out, so it is neither saved nor shown again.
     */
    AgreementForm {
        parties = parties == null ? List.of() : parties.stream()
                .filter(row -> row != null && (Party.OTHER.equals(row.role()) || FormValues.choice(BaseOperation.class, row.role()).isPresent()))
                .toList();
    }

    boolean cooperation() {
        return !AgreementKind.USAGE_RIGHT.name().equals(kind);
    }

    boolean checked(String value) {
        return FormValues.checked(value);
    }

    int expectedVersion() {
        return FormValues.version(version);
    }

    String text(TextKey key) {
        return switch (key) {
            case FOUNDATIONS -> foundations;
            case PREMISES_REFERENCE -> premisesReference;
            case LOCAL_GOALS -> localGoals;
            case STEERING_GROUP -> steeringGroup;
            case COORDINATOR -> coordinator;
            case STAFF_GROUP -> staffGroup;
            case COORDINATOR_COST -> coordinatorCost;
            case USAGE_SCOPE -> usageScope;
            case EXTENSION -> extension;
            case PAYMENT_TERMS -> paymentTerms;
            case GRANTOR_DUTIES -> grantorDuties;
            case USER_DUTIES -> userDuties;
            case TRANSFER -> transfer;
            case REDUCTION -> reduction;
            case CANCELLATION -> cancellation;
            case FORCE_MAJEURE -> forceMajeure;
            case CHANGES -> changes;
        };
    }

    /** The form's field for a text, for messages at the field. */
    static String field(TextKey key) {
        return switch (key) {
            case FOUNDATIONS -> "foundations";
            case PREMISES_REFERENCE -> "premisesReference";
            case LOCAL_GOALS -> "localGoals";
            case STEERING_GROUP -> "steeringGroup";
            case COORDINATOR -> "coordinator";
            case STAFF_GROUP -> "staffGroup";
            case COORDINATOR_COST -> "coordinatorCost";
            case USAGE_SCOPE -> "usageScope";
            case EXTENSION -> "extension";
            case PAYMENT_TERMS -> "paymentTerms";
            case GRANTOR_DUTIES -> "grantorDuties";
            case USER_DUTIES -> "userDuties";
            case TRANSFER -> "transfer";
            case REDUCTION -> "reduction";
            case CANCELLATION -> "cancellation";
            case FORCE_MAJEURE -> "forceMajeure";
            case CHANGES -> "changes";
        };
    }
}
