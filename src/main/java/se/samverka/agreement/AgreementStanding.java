package se.samverka.agreement;

import java.time.LocalDate;

/**
 * What an agreement version's standing under R15a and the dates it sets depend on: the aggregate itself, or these
 * few columns read for many centres at once ({@link AgreementStandings}).
 */
interface AgreementStanding {

    Long id();

    AgreementKind kind();

    AgreementStatus status();

    LocalDate startsOn();

    LocalDate endsOn();

    int noticeMonths();

    LocalDate terminationNoticedOn();
}
