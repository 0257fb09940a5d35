package se.samverka.agreement;

import se.samverka.centre.CentreView;
import se.samverka.rules.BaseOperation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What Samverka proposes for a new draft from what the registry knows: the parties, the steering group,
 * the coordinator and the coordinator's cost split. The parties change any of it before sending.
 */
final class AgreementProposals {

    private AgreementProposals() {
    }

    static AgreementForm proposal(AgreementKind kind, CentreView centre) {
        List<AgreementForm.PartyRow> parties = new ArrayList<>();
        if (kind == AgreementKind.COOPERATION) {
            centre.participations().forEach(p -> parties.add(new AgreementForm.PartyRow(p.operation().name(),
                    p.unit().name(), p.unit().principal().name(), p.unit().principal().organisationNumber(),
                    p.operation() == BaseOperation.MIDWIFE_CLINIC ? "Regionhälsan" : "")));
            parties.add(new AgreementForm.PartyRow(Party.OTHER, "", "", "", ""));
            parties.add(new AgreementForm.PartyRow(Party.OTHER, "", "", "", ""));
        }
        String operations = centre.participations().stream()
                .map(p -> CooperationTemplate.operationName(p.operation())).collect(Collectors.joining(", "));
        String steeringGroup = centre.steeringGroup() == null ? "" : "Styrgruppen (" + centre.steeringGroup().name()
                + ") består av de närmaste cheferna för basverksamheterna:\n" + centre.steeringGroup().members().stream()
                .map(m -> "- " + m.name() + ", " + m.title()).collect(Collectors.joining("\n"));
        String coordinator = centre.coordinator() == null ? "" : "Samordnare är " + centre.coordinator().name()
                + ", anställd av " + centre.coordinator().employer().name() + ", med en tjänstgöringsgrad på "
                + centre.coordinator().serviceGrade() + " procent. Samordnaren leder det dagliga samarbetet, "
                + "sammanställer verksamhetsplan och verksamhetsberättelse och är styrgruppens kontakt.";
        String cost = centre.coordinator() == null ? "" : "Samordnaren är anställd av "
                + centre.coordinator().employer().name() + ". Kostnaden delas lika mellan de "
                + centre.participations().size() + " basverksamheterna (" + operations + "). De övriga "
                + "basverksamheterna ersätter " + centre.coordinator().employer().name() + " för sin andel.";
        boolean cooperation = kind == AgreementKind.COOPERATION;
        return new AgreementForm(kind.name(), "", "", "", String.valueOf(Terms.DEFAULT_NOTICE_MONTHS), "", "",
                "false", "false", "false", "false", "", "", "", "", "", "",
                "", cooperation ? "Lokalfrågor regleras i det lokala nyttjanderättsavtalet för " + centre.name() + "." : "",
                "", steeringGroup, coordinator, "", cost, "", "", "", "", "",
                UsageRightTemplate.EXAMPLES.get(TextKey.TRANSFER), UsageRightTemplate.EXAMPLES.get(TextKey.REDUCTION),
                UsageRightTemplate.EXAMPLES.get(TextKey.CANCELLATION),
                UsageRightTemplate.EXAMPLES.get(TextKey.FORCE_MAJEURE), UsageRightTemplate.EXAMPLES.get(TextKey.CHANGES),
                parties, "0");
    }

    static AgreementForm of(Agreement agreement) {
        Terms t = agreement.terms();
        List<AgreementForm.PartyRow> parties = new ArrayList<>(agreement.parties().stream()
                .map(p -> new AgreementForm.PartyRow(p.role(), p.name(), p.principalName(),
                        p.organisationNumber(), p.administration()))
                .toList());
        String grantor = "";
        String user = "";
        if (agreement.kind() == AgreementKind.COOPERATION) {
            parties.add(new AgreementForm.PartyRow(Party.OTHER, "", "", "", ""));
        } else {
            parties.clear();
        }
        return new AgreementForm(agreement.kind().name(), text(t.startsOn()), text(t.endsOn()), text(t.extensionMonths()),
                String.valueOf(t.noticeMonths()),
                t.meetingHoursPerMonth() == null ? "" : t.meetingHoursPerMonth().stripTrailingZeros().toPlainString().replace('.', ','),
                text(t.steeringMeetingsPerYear()), String.valueOf(t.sharedPremises()), String.valueOf(t.fireSafety()),
                String.valueOf(t.threatsAndViolence()), String.valueOf(t.insurance()), grantor, user,
                t.premises() == null ? "" : t.premises(),
                t.userSharePercent() == null ? "" : UsageRightTemplate.percent(t.userSharePercent()),
                t.compensationOre() == null ? "" : UsageRightTemplate.kronor(t.compensationOre()),
                t.compensationPeriod() == null ? "" : t.compensationPeriod().name(),
                text(agreement, TextKey.FOUNDATIONS), text(agreement, TextKey.PREMISES_REFERENCE),
                text(agreement, TextKey.LOCAL_GOALS), text(agreement, TextKey.STEERING_GROUP),
                text(agreement, TextKey.COORDINATOR), text(agreement, TextKey.STAFF_GROUP),
                text(agreement, TextKey.COORDINATOR_COST), text(agreement, TextKey.USAGE_SCOPE),
                text(agreement, TextKey.EXTENSION), text(agreement, TextKey.PAYMENT_TERMS),
                text(agreement, TextKey.GRANTOR_DUTIES), text(agreement, TextKey.USER_DUTIES),
                text(agreement, TextKey.TRANSFER), text(agreement, TextKey.REDUCTION),
                text(agreement, TextKey.CANCELLATION), text(agreement, TextKey.FORCE_MAJEURE),
                text(agreement, TextKey.CHANGES), parties, String.valueOf(agreement.version()));
    }

    /** The usage-right form names grantor and user by the base operation they take part with. */
    static AgreementForm withUsageParties(AgreementForm form, Agreement agreement, CentreView centre) {
        String grantor = role(agreement, Party.GRANTOR, centre);
        String user = role(agreement, Party.USER, centre);
        return new AgreementForm(form.kind(), form.startsOn(), form.endsOn(), form.extensionMonths(),
                form.noticeMonths(), form.meetingHoursPerMonth(), form.steeringMeetingsPerYear(), form.sharedPremises(),
                form.fireSafety(), form.threatsAndViolence(), form.insurance(), grantor, user, form.premises(),
                form.userSharePercent(), form.compensation(), form.compensationPeriod(), form.foundations(),
                form.premisesReference(), form.localGoals(), form.steeringGroup(), form.coordinator(), form.staffGroup(),
                form.coordinatorCost(), form.usageScope(), form.extension(), form.paymentTerms(), form.grantorDuties(),
                form.userDuties(), form.transfer(), form.reduction(), form.cancellation(), form.forceMajeure(),
                form.changes(), form.parties(), form.version());
    }

    private static String role(Agreement agreement, String role, CentreView centre) {
        return agreement.parties().stream().filter(p -> role.equals(p.role())).findFirst()
                .flatMap(party -> centre.participations().stream()
                        .filter(p -> p.unit().name().equals(party.name())).findFirst())
                .map(p -> p.operation().name()).orElse("");
    }

    private static String text(Agreement agreement, TextKey key) {
        return agreement.text(key).orElse("");
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
