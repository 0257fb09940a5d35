package se.samverka.consent;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.organisation.Organisations;
import se.samverka.organisation.UnitSummary;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.ConsentGiver;
import se.samverka.rules.IdentityNumber;
import se.samverka.rules.InformationFlow;
import se.samverka.rules.InformationKind;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fictional persons in the registers of one centre's operations, for the demo. Their numbers have the form of a
 * samordningsnummer (day + 60) with a birth number from 980 to 999, the series used for test numbers.
 */
@Component
public class ConsentDemo {

    /** A demo person: the register (by operation), what staff wrote, and the number as written. */
    record DemoPerson(BaseOperation operation, PersonDetails details, String number) {
    }

    static final List<DemoPerson> PERSONS = List.of(
            new DemoPerson(BaseOperation.CHILD_HEALTH, new PersonDetails(PersonKind.CHILD, "Elsa Demosson", false,
                    true, "Anna Demosson", "Erik Demosson"), "20250374-9828"),
            new DemoPerson(BaseOperation.CHILD_HEALTH, new PersonDetails(PersonKind.CHILD, "Noah Exempelsson", false,
                    false, "Sara Exempelsson", null), "20241162-9914"),
            new DemoPerson(BaseOperation.CHILD_HEALTH, new PersonDetails(PersonKind.CHILD, "Liv Skyddad", true,
                    true, "Vårdnadshavare Skyddad", "Vårdnadshavare Skyddad 2"), "20230681-9844"),
            new DemoPerson(BaseOperation.MIDWIFE_CLINIC, new PersonDetails(PersonKind.EXPECTING_PARENT,
                    "Amira Testberg", false, null, null, null), "19940865-9861"),
            new DemoPerson(BaseOperation.PREVENTIVE_SOCIAL_SERVICES, new PersonDetails(PersonKind.PARENT,
                    "Anna Demosson", false, null, null, null), "19910287-9930"),
            new DemoPerson(BaseOperation.OPEN_PRESCHOOL, new PersonDetails(PersonKind.PARENT, "Sara Exempelsson",
                    false, null, null, null), "19961290-9888"));

    private final PersonRegister register;
    private final Consents consents;
    private final Disclosures disclosures;
    private final Organisations organisations;
    private final Clock clock;

    ConsentDemo(PersonRegister register, Consents consents, Disclosures disclosures, Organisations organisations,
                Clock clock) {
        this.register = register;
        this.consents = consents;
        this.disclosures = disclosures;
        this.organisations = organisations;
        this.clock = clock;
    }

    /**
     * Registers the demo persons at the centre, in the register of the unit that runs each operation there, with
     * what §13 is about in the child-health register: a consent of both custodians and a disclosure on it, a refused
     * disclosure, an expired consent, a withdrawn one, and a disclosure under a secrecy-breaking rule. {@code staff}
     * is the username of the child-health staff who records them.
     */
    @Transactional
    public void persons(long centreId, String centreName, Map<BaseOperation, Long> units, String staff) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> ids = new HashMap<>();
        Register childHealth = null;
        for (DemoPerson person : PERSONS) {
            UnitSummary unit = organisations.unit(units.get(person.operation())).orElseThrow();
            IdentityNumber number = IdentityNumber.check(person.number(), today).number();
            Register at = new Register(centreId, centreName, unit.id(), unit.name(), unit.operation());
            ids.put(person.details().name() + "/" + person.operation(),
                    register.register(at, person.details(), number, null));
            if (person.operation() == BaseOperation.CHILD_HEALTH) {
                childHealth = at;
            }
        }
        UnitSummary social = organisations.unit(units.get(BaseOperation.PREVENTIVE_SOCIAL_SERVICES)).orElseThrow();
        UnitSummary preschool = organisations.unit(units.get(BaseOperation.OPEN_PRESCHOOL)).orElseThrow();
        long elsa = ids.get("Elsa Demosson/" + BaseOperation.CHILD_HEALTH);
        long noah = ids.get("Noah Exempelsson/" + BaseOperation.CHILD_HEALTH);
        consents.record(childHealth, elsa, consent(Set.of(ConsentGiver.CUSTODIAN_1, ConsentGiver.CUSTODIAN_2),
                today.minusMonths(2), today.plusMonths(10).minusDays(1)), staff);
        disclosures.disclose(childHealth, elsa, new Disclosures.Request(social, InformationKind.HEALTH,
                "Tillväxtkurva och vaccinationer inför samtal om föräldrastöd", today.minusMonths(1), null, null), staff);
        disclosures.disclose(childHealth, elsa, new Disclosures.Request(preschool, InformationKind.CONTACT_DETAILS,
                "Telefonnummer till vårdnadshavarna", today.minusDays(7), null, null), staff);
        consents.record(childHealth, noah, consent(Set.of(ConsentGiver.CUSTODIAN_1), today.minusMonths(14),
                today.minusMonths(2).minusDays(1)), staff);
        long withdrawn = consents.record(childHealth, noah, consent(Set.of(ConsentGiver.CUSTODIAN_1),
                today.minusMonths(1), today.plusMonths(11).minusDays(1)), staff);
        consents.withdraw(childHealth, noah, withdrawn, today.minusDays(10), GivenHow.ORAL, staff);
        disclosures.disclose(childHealth, noah, new Disclosures.Request(social, InformationKind.HEALTH,
                "Iakttagelser vid hembesök", today.minusDays(3), "OSL_10_28",
                "Orosanmälan: misstanke om att barnet far illa"), staff);
    }

    /** Child health may disclose health and social circumstances to social services and the open pre-school. */
    private static Consents.NewConsent consent(Set<ConsentGiver> givenBy, LocalDate from, LocalDate to) {
        return new Consents.NewConsent(InformationFlow.between(Set.of(BaseOperation.CHILD_HEALTH),
                Set.of(BaseOperation.PREVENTIVE_SOCIAL_SERVICES, BaseOperation.OPEN_PRESCHOOL)),
                Set.of(InformationKind.HEALTH, InformationKind.SOCIAL_CIRCUMSTANCES), givenBy,
                ConsentPurpose.COORDINATED_PARENTING_SUPPORT, null, null, GivenHow.WRITTEN, null, from, to);
    }
}
