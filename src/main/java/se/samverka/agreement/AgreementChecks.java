package se.samverka.agreement;

import org.springframework.stereotype.Component;
import se.samverka.centre.CentreView;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.Finding;
import se.samverka.rules.LocalAgreementSection;
import se.samverka.rules.R15b;
import se.samverka.rules.R15c;
import se.samverka.rules.R15d;
import se.samverka.rules.R15e;
import se.samverka.rules.RB2a;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The rules a draft is checked against before it can be sent, and the deadlines of signed agreements. */
@Component
class AgreementChecks {

    private final AgreementComposer composer;

    AgreementChecks(AgreementComposer composer) {
        this.composer = composer;
    }

    List<Finding> check(Agreement agreement, CentreView centre) {
        if (agreement.kind() == AgreementKind.USAGE_RIGHT) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>(R15b.RULE.check(filled(agreement)));
        Terms terms = agreement.terms();
        if (terms.startsOn() != null && terms.endsOn() != null) {
            LocalDate leaseEnd = composer.current(agreement.centreId(), AgreementKind.USAGE_RIGHT).stream()
                    .map(a -> a.terms().endsOn()).filter(java.util.Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
            findings.addAll(R15c.RULE.check(terms.startsOn(), terms.endsOn(), terms.sharedPremises(), leaseEnd));
        }
        Set<String> parties = agreement.parties().stream().map(Party::role).collect(Collectors.toSet());
        Set<BaseOperation> missing = centre.participations().stream().map(CentreView.ParticipationView::operation)
                .filter(op -> !parties.contains(op.name()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(BaseOperation.class)));
        findings.addAll(R15e.RULE.everyOperationAParty(missing));
        return findings;
    }

    boolean blocksSending(Agreement agreement, CentreView centre) {
        if (agreement.kind() == AgreementKind.USAGE_RIGHT) {
            Terms t = agreement.terms();
            return t.startsOn() == null || t.premises() == null || t.compensationOre() == null
                    || t.compensationPeriod() == null || agreement.parties().size() != 2;
        }
        return check(agreement, centre).stream()
                .anyMatch(f -> f.deficient() && f.severity() == se.samverka.rules.Severity.REQUIREMENT);
    }

    /** Which of the mandatory sections (R15b) the draft has filled in. */
    static Set<LocalAgreementSection> filled(Agreement agreement) {
        Terms terms = agreement.terms();
        Set<LocalAgreementSection> filled = EnumSet.allOf(LocalAgreementSection.class);
        boolean partiesComplete = !agreement.parties().isEmpty() && agreement.parties().stream()
                .allMatch(p -> p.organisationNumber() != null || p.isOther());
        if (!partiesComplete) {
            filled.remove(LocalAgreementSection.PARTIES_AND_LOCATION);
        }
        if (terms.startsOn() == null || terms.endsOn() == null) {
            filled.remove(LocalAgreementSection.TERM);
        }
        if (agreement.text(TextKey.LOCAL_GOALS).isEmpty()) {
            filled.remove(LocalAgreementSection.CENTRE_PURPOSE_AND_GOALS);
        }
        if (terms.meetingHoursPerMonth() == null) {
            filled.remove(LocalAgreementSection.JOINT_RESPONSIBILITY);
        }
        if (agreement.text(TextKey.STEERING_GROUP).isEmpty()) {
            filled.remove(LocalAgreementSection.STEERING_GROUP);
        }
        if (agreement.text(TextKey.COORDINATOR).isEmpty()) {
            filled.remove(LocalAgreementSection.COORDINATOR);
        }
        if (agreement.text(TextKey.STAFF_GROUP).isEmpty()) {
            filled.remove(LocalAgreementSection.STAFF_GROUP);
        }
        if (agreement.text(TextKey.COORDINATOR_COST).isEmpty()) {
            filled.remove(LocalAgreementSection.FINANCING);
        }
        return filled;
    }

    /**
     * The day a signed agreement ends if notice is given on {@code noticedOn}: a cooperation agreement when the notice
     * period has run (R15d), a usage right at the turn of the month after it (RB2a); either at the end of its term if
     * that comes first.
     */
    static LocalDate endsAfterNotice(AgreementStanding agreement, LocalDate noticedOn) {
        if (agreement.kind() == AgreementKind.COOPERATION) {
            return R15d.RULE.endsAfterNotice(noticedOn, agreement.noticeMonths(), agreement.endsOn());
        }
        LocalDate ends = RB2a.RULE.endsOn(noticedOn, agreement.noticeMonths());
        return agreement.endsOn() != null && agreement.endsOn().isBefore(ends) ? agreement.endsOn() : ends;
    }

    /** The dates a centre's agreements set, soonest first. */
    List<Deadline> deadlines(List<? extends AgreementStanding> agreements, LocalDate today) {
        List<Deadline> deadlines = new ArrayList<>();
        for (AgreementStanding agreement : agreements) {
            if (agreement.status() != AgreementStatus.SIGNED) {
                continue;
            }
            if (agreement.kind() == AgreementKind.COOPERATION) {
                if (agreement.terminationNoticedOn() != null) {
                    deadlines.add(new Deadline(agreement.id(), agreement.kind(), Deadline.What.END,
                            endsAfterNotice(agreement, agreement.terminationNoticedOn()), R15d.RULE.id(), today));
                    continue;
                }
                if (agreement.endsOn() != null) {
                    deadlines.add(new Deadline(agreement.id(), agreement.kind(), Deadline.What.NOTICE,
                            R15d.RULE.lastNoticeDay(agreement.endsOn(), agreement.noticeMonths()), R15d.RULE.id(),
                            today));
                    deadlines.add(new Deadline(agreement.id(), agreement.kind(), Deadline.What.END, agreement.endsOn(),
                            "R15c", today));
                }
            } else {
                if (agreement.terminationNoticedOn() != null) {
                    deadlines.add(new Deadline(agreement.id(), agreement.kind(), Deadline.What.USAGE_RIGHT_ENDS,
                            endsAfterNotice(agreement, agreement.terminationNoticedOn()), RB2a.RULE.id(), today));
                } else if (agreement.endsOn() != null) {
                    deadlines.add(new Deadline(agreement.id(), agreement.kind(), Deadline.What.END, agreement.endsOn(),
                            RB2a.RULE.id(), today));
                }
            }
        }
        deadlines.sort(Comparator.comparing(Deadline::date));
        return deadlines;
    }
}
