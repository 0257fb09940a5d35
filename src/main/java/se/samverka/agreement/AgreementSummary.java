package se.samverka.agreement;

import java.time.Instant;
import java.util.List;

/** A version as the pages show it. */
record AgreementSummary(long id, long centreId, AgreementKind kind, int number, AgreementStatus status, Terms terms,
                        List<Party> parties, List<AgreementEvent> events, String documentSha256,
                        java.time.LocalDate terminationNoticedOn, Instant sentAt, Instant signedAt, int version) {

    /** Without its history, for lists. */
    static AgreementSummary of(Agreement agreement) {
        return of(agreement, List.of());
    }

    static AgreementSummary of(Agreement agreement, List<AgreementEvent> history) {
        return new AgreementSummary(agreement.id(), agreement.centreId(), agreement.kind(), agreement.number(),
                agreement.status(), agreement.terms(), agreement.parties(), List.copyOf(history),
                agreement.documentSha256(), agreement.terminationNoticedOn(), agreement.sentAt(), agreement.signedAt(),
                agreement.version());
    }

    public long signedCount() {
        return parties.stream().filter(Party::hasSigned).count();
    }
}
