package se.samverka.consent;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.organisation.Organisations;
import se.samverka.organisation.UnitSummary;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.IdentityNumber;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Fictional persons in the registers of one centre's operations, for the demo. Their numbers have the form of a
 * samordningsnummer (day + 60) with a birth number from 980 to 999, the series Skatteverket keeps for test numbers.
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
    private final Organisations organisations;
    private final Clock clock;

    ConsentDemo(PersonRegister register, Organisations organisations, Clock clock) {
        this.register = register;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** Registers the demo persons at the centre, in the register of the unit that runs each operation there. */
    @Transactional
    public void persons(long centreId, String centreName, Map<BaseOperation, Long> units) {
        for (DemoPerson person : PERSONS) {
            UnitSummary unit = organisations.unit(units.get(person.operation())).orElseThrow();
            IdentityNumber number = IdentityNumber.check(person.number(), LocalDate.now(clock)).number();
            register.register(new Register(centreId, centreName, unit.id(), unit.name(), unit.operation()),
                    person.details(), number, null);
        }
    }
}
