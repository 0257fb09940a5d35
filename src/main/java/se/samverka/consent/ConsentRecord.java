package se.samverka.consent;

import se.samverka.rules.BaseOperation;
import se.samverka.rules.ConsentGiver;
import se.samverka.rules.ConsentTerms;
import se.samverka.rules.InformationFlow;
import se.samverka.rules.InformationKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A consent as recorded (R13c), with its withdrawal if it has one. Neither is ever changed: a withdrawal stops
 * disclosures from its day on and leaves those before it as they were.
 *
 * @param withdrawal null while the consent stands
 */
record ConsentRecord(long id, long personId, Set<InformationFlow> flows, Set<InformationKind> informationKinds,
                     Set<ConsentGiver> givenBy, ConsentPurpose purpose,
                     String purposeText, String childView, GivenHow givenHow, String witness, LocalDate validFrom,
                     LocalDate validTo, Instant recordedAt, String recordedBy, Withdrawal withdrawal) {

    record Withdrawal(LocalDate withdrawnOn, GivenHow how, Instant recordedAt, String recordedBy) {
    }

    enum Status {
        NOT_YET_VALID,
        VALID,
        EXPIRED,
        WITHDRAWN
    }

    ConsentTerms terms() {
        return new ConsentTerms(flows, informationKinds, givenBy, validFrom, validTo,
                withdrawal == null ? null : withdrawal.withdrawnOn());
    }

    /** The operations that may pass information on under it. */
    Set<BaseOperation> from() {
        return terms().from();
    }

    /** The operations that may receive information under it. */
    Set<BaseOperation> to() {
        return terms().to();
    }

    /** As it stands on the day: withdrawn from its withdrawal's day, valid from its first to its last day. */
    Status status(LocalDate day) {
        if (withdrawal != null && !day.isBefore(withdrawal.withdrawnOn())) {
            return Status.WITHDRAWN;
        }
        if (day.isBefore(validFrom)) {
            return Status.NOT_YET_VALID;
        }
        return day.isAfter(validTo) ? Status.EXPIRED : Status.VALID;
    }
}
