package se.samverka.agreement;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.rules.R15a.AgreementState;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The local cooperation agreements of many centres for the county's follow-up, read in one statement however many
 * centres there are: each centre's standing under R15a on a day and the dates its signed agreements set.
 */
@Component
public class AgreementFollowUp {

    /**
     * A centre's cooperation agreement as the follow-up counts it.
     *
     * @param endsOn         the last day of the signed agreement in force (after a termination: the day it ends), or
     *                       null when none is in force or it runs until further notice
     * @param noticeDeadline the last day to give written notice so that it ends on {@code endsOn} (R15d), or null
     * @param signedOn       the day the last party signed the agreement in force, or null when none is
     */
    public record Standing(long centreId, AgreementState state, LocalDate endsOn, LocalDate noticeDeadline,
                           LocalDate signedOn) {

        public Standing {
            Objects.requireNonNull(state);
        }

        public boolean inForce() {
            return state == AgreementState.IN_FORCE;
        }
    }

    private final AgreementStandings standings;
    private final AgreementChecks checks;
    private final Clock clock;

    AgreementFollowUp(AgreementStandings standings, AgreementChecks checks, Clock clock) {
        this.standings = standings;
        this.checks = checks;
        this.clock = clock;
    }

    /**
     * Every given centre's standing at the end of {@code day}: today's from the agreements' status and dates, a past
     * day's from when each version was signed by every party and superseded, so that it gives the same answer later.
     */
    @Transactional(readOnly = true)
    public Map<Long, Standing> cooperation(Collection<Long> centreIds, LocalDate day) {
        Map<Long, List<AgreementStandings.Row>> agreements = standings.ofCentres(centreIds);
        boolean past = day.isBefore(LocalDate.now(clock));
        Map<Long, Standing> result = new HashMap<>();
        for (Long centreId : centreIds) {
            List<AgreementStandings.Row> ofCentre = agreements.getOrDefault(centreId, List.of()).stream()
                    .filter(a -> a.kind() == AgreementKind.COOPERATION)
                    .map(a -> past ? a.asOf(day) : a)
                    .toList();
            AgreementState state = AgreementChecklist.state(ofCentre, day);
            LocalDate endsOn = null;
            LocalDate notice = null;
            LocalDate signedOn = null;
            if (state == AgreementState.IN_FORCE) {
                List<AgreementStandings.Row> inForce = ofCentre.stream()
                        .filter(a -> AgreementChecklist.state(a, day) == AgreementState.IN_FORCE).toList();
                signedOn = inForce.stream().map(AgreementStandings.Row::signedOn).filter(Objects::nonNull)
                        .max(LocalDate::compareTo).orElse(null);
                for (Deadline deadline : checks.deadlines(inForce, day)) {
                    if (deadline.what() == Deadline.What.END && (endsOn == null || deadline.date().isAfter(endsOn))) {
                        endsOn = deadline.date();
                    } else if (deadline.what() == Deadline.What.NOTICE
                            && (notice == null || deadline.date().isAfter(notice))) {
                        notice = deadline.date();
                    }
                }
            }
            result.put(centreId, new Standing(centreId, state, endsOn, notice, signedOn));
        }
        return result;
    }
}
