package se.samverka.agreement;

import java.time.Instant;

/**
 * One line of a version's history, shown on its page and on the signed document's audit page. Written once to the
 * append-only {@code agreement_event} log by {@link AgreementEvents}, never with the version itself.
 */
record AgreementEvent(Instant occurredAt, String actor, Kind event, String detail, String sourceAddress) {

    enum Kind {
        CREATED,
        EDITED,
        SENT,
        RECALLED,
        VIEWED,
        SIGNED,
        SEALED,
        AMENDED,
        SUPERSEDED,
        TERMINATED
    }

    static AgreementEvent of(Occurrence occurrence, Kind event, String detail) {
        return new AgreementEvent(occurrence.at(), occurrence.actor(), event, detail, occurrence.sourceAddress());
    }
}
