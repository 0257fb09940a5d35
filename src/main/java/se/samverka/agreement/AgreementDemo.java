package se.samverka.agreement;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.centre.CentreView;
import se.samverka.identity.UserAccounts;
import se.samverka.rules.BaseOperation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Local agreements for the demo's fictional centres, made through the same service as the pages use: a
 * signed and sealed cooperation agreement with a usage-right agreement, and a draft still being written.
 */
@Component
@Profile("demo")
public class AgreementDemo {

    private static final String SOURCE = "demodata";

    private final LocalAgreements agreements;
    private final UserAccounts accounts;

    AgreementDemo(LocalAgreements agreements, UserAccounts accounts) {
        this.agreements = agreements;
        this.accounts = accounts;
    }

    /**
     * Signatories in the order of the centre's base operations, then one for the other party: an account each, named
     * on the signature block as the account names them, and the title proposed for them.
     */
    public record Signatory(String username, String title) {
    }

    /**
     * A cooperation agreement and a usage-right agreement, both signed by every party.
     *
     * @param municipalNumber the municipality's organisation number, which the registry may lack
     * @param otherParty      another actor that is a party (a library, say), or null
     */
    @Transactional
    public void signed(long centreId, String municipalNumber, String otherParty, String coordinator,
                       List<Signatory> signatories, LocalDate startsOn) {
        CentreView centre = agreements.centreView(centreId).orElseThrow();
        long cooperation = agreements.start(centreId, AgreementKind.COOPERATION,
                cooperation(centre, municipalNumber, otherParty, startsOn), new LocalAgreements.Origin(coordinator, SOURCE));
        sendAndSign(cooperation, coordinator, signatories);

        BaseOperation grantor = BaseOperation.OPEN_PRESCHOOL;
        BaseOperation user = BaseOperation.CHILD_HEALTH;
        List<Party> parties = List.of(party(Party.GRANTOR, centre, grantor, municipalNumber),
                party(Party.USER, centre, user, municipalNumber));
        Map<TextKey, String> texts = new EnumMap<>(UsageRightTemplate.EXAMPLES);
        texts.put(TextKey.USAGE_SCOPE, "Nyttjanderätten omfattar familjecentralens gemensamma ytor om 140 kvm: "
                + "entré, väntrum, två samtalsrum, kök och personalrum. Nyttjarens andel är 40 procent.");
        texts.put(TextKey.PAYMENT_TERMS, "Ersättningen betalas kvartalsvis i förskott mot faktura, 30 dagar netto.");
        Terms terms = new Terms(startsOn, null, null, 6, null, null, true, false, false, false,
                "Gemensamma ytor om 140 kvm", new BigDecimal("40"), 4_200_000L, CompensationPeriod.QUARTER);
        long usage = agreements.start(centreId, AgreementKind.USAGE_RIGHT, new DraftInput(terms, texts, parties),
                new LocalAgreements.Origin(coordinator, SOURCE));
        Signatory grantorSignatory = signatories.get(indexOf(centre, grantor));
        Signatory userSignatory = signatories.get(indexOf(centre, user));
        sendAndSign(usage, coordinator, List.of(grantorSignatory, userSignatory));
    }

    /** A cooperation agreement being written: the local goals and the staff group are still missing. */
    @Transactional
    public void draft(long centreId, String municipalNumber, String coordinator, LocalDate startsOn) {
        CentreView centre = agreements.centreView(centreId).orElseThrow();
        DraftInput complete = cooperation(centre, municipalNumber, null, startsOn);
        Map<TextKey, String> texts = new EnumMap<>(complete.texts());
        texts.remove(TextKey.LOCAL_GOALS);
        texts.remove(TextKey.STAFF_GROUP);
        agreements.start(centreId, AgreementKind.COOPERATION, new DraftInput(complete.terms(), texts,
                complete.parties()), new LocalAgreements.Origin(coordinator, SOURCE));
    }

    static DraftInput cooperation(CentreView centre, String municipalNumber, String otherParty, LocalDate startsOn) {
        AgreementForm proposal = AgreementProposals.proposal(AgreementKind.COOPERATION, centre);
        Map<TextKey, String> texts = new EnumMap<>(TextKey.class);
        for (TextKey key : TextKey.values()) {
            String text = proposal.text(key);
            if (key.kind() == AgreementKind.COOPERATION && text != null && !text.isBlank()) {
                texts.put(key, text);
            }
        }
        texts.put(TextKey.LOCAL_GOALS, """
                Fler föräldrar ska ta del av föräldraskapsstöd under barnets första år.
                - Minst 60 procent av förstagångsföräldrarna deltar i en föräldragrupp.
                - Alla familjer erbjuds ett gemensamt hembesök av BVC och socialtjänsten.""");
        texts.put(TextKey.STAFF_GROUP, "Personalgruppen består av barnmorskor, BVC-sjuksköterskor, förskollärare "
                + "och socialsekreterare i förebyggande arbete. Personalgruppen träffas på samverkansmöten varje månad.");
        List<Party> parties = new ArrayList<>();
        for (CentreView.ParticipationView participation : centre.participations()) {
            parties.add(party(participation.operation().name(), centre, participation.operation(), municipalNumber));
        }
        if (otherParty != null) {
            parties.add(Party.of(Party.OTHER, otherParty, null, municipalNumber, "Kulturförvaltningen"));
        }
        Terms terms = new Terms(startsOn, startsOn.plusYears(4).minusDays(1), 12, 6, new BigDecimal("4"), 6, true,
                true, true, true, null, null, null, null);
        return new DraftInput(terms, texts, parties);
    }

    private static Party party(String role, CentreView centre, BaseOperation operation, String municipalNumber) {
        CentreView.ParticipationView participation = centre.participations().stream()
                .filter(p -> p.operation() == operation).findFirst().orElseThrow();
        var principal = participation.unit().principal();
        return Party.of(role, participation.unit().name(), principal.name(),
                principal.organisationNumber() != null ? principal.organisationNumber() : municipalNumber,
                operation == BaseOperation.MIDWIFE_CLINIC ? "Regionhälsan"
                        : operation.municipal() ? "Socialförvaltningen" : "Primärvården");
    }

    private static int indexOf(CentreView centre, BaseOperation operation) {
        List<CentreView.ParticipationView> participations = centre.participations();
        for (int i = 0; i < participations.size(); i++) {
            if (participations.get(i).operation() == operation) {
                return i;
            }
        }
        throw new IllegalArgumentException("no " + operation);
    }

    private void sendAndSign(long id, String coordinator, List<Signatory> signatories) {
        Agreement agreement = agreements.find(id).orElseThrow();
        List<Agreement.Signatory> named = signatories.subList(0, agreement.parties().size()).stream()
                .map(s -> new Agreement.Signatory(s.username(),
                        accounts.findEnabled(s.username()).orElseThrow().displayName(), s.title())).toList();
        agreements.send(id, agreement.version(), named, new LocalAgreements.Origin(coordinator, SOURCE));
        String sha256 = agreements.find(id).orElseThrow().documentSha256();
        for (Agreement.Signatory signatory : named) {
            var origin = new LocalAgreements.Origin(signatory.username(), SOURCE);
            agreements.viewed(id, origin);
            agreements.sign(id, new SigningStep.Confirmation(sha256, "Göteborg", signatory.title(), true), origin);
        }
    }
}
