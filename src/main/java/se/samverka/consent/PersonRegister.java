package se.samverka.consent;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.centre.CentreAccess;
import se.samverka.centre.CentreAction;
import se.samverka.centre.CentreParticipants;
import se.samverka.centre.CentreRegistry;
import se.samverka.centre.CentreSummary;
import se.samverka.identity.Actor;
import se.samverka.identity.Actors;
import se.samverka.identity.Role;
import se.samverka.organisation.Organisations;
import se.samverka.organisation.UnitSummary;
import se.samverka.platform.Refusal;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.IdentityNumber;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The registers of persons, for the staff of the unit that keeps each (R13d): nobody else reads a person. Every
 * read and write of a person is an audit entry in the same transaction, naming the person; a person with protected
 * identity (R13e) appears only to an exact identity-number search, and opening their record takes a stated reason,
 * which is logged with the read.
 */
@Service
class PersonRegister {

    static final String AUDIT_TYPE = "person";
    static final String AUDIT_PERSON = "person";
    static final int PAGE_SIZE = 50;
    static final int MAX_REASON = 500;

    /** A line of a register's list; {@code name} is null for a person with protected identity. */
    record PersonRow(long id, PersonKind kind, String name, String identity, boolean protectedIdentity) {
    }

    record PersonPage(List<PersonRow> rows, long total, int page, int pages) {
    }

    /** A person's record as shown to their own operation. */
    record PersonView(long id, PersonKind kind, String name, String identityNumber, String reserveNumber,
                      boolean protectedIdentity, Boolean jointCustody, String custodian1, String custodian2,
                      LocalDateTime registeredAt, int version) {
    }

    private final Persons persons;
    private final JdbcClient jdbc;
    private final IdentityNumberVault vault;
    private final AuditLog audit;
    private final CentreRegistry centres;
    private final Organisations organisations;
    private final Actors actors;
    private final PersonLookup lookup;
    private final Clock clock;

    PersonRegister(Persons persons, JdbcClient jdbc, IdentityNumberVault vault, AuditLog audit,
                   CentreRegistry centres, Organisations organisations, Actors actors, PersonLookup lookup,
                   Clock clock) {
        this.persons = persons;
        this.jdbc = jdbc;
        this.vault = vault;
        this.audit = audit;
        this.centres = centres;
        this.organisations = organisations;
        this.actors = actors;
        this.lookup = lookup;
        this.clock = clock;
    }

    /** The registers the signed-in user keeps: each unit they are staff of, at each centre it takes part in. */
    @Transactional(readOnly = true)
    public List<Register> registers() {
        Actor actor = actors.require();
        Set<Long> units = actor.scopes(Role.STAFF);
        var registers = new ArrayList<Register>();
        if (units.isEmpty()) {
            return registers;
        }
        Map<Long, UnitSummary> staffed = organisations.units(units);
        for (CentreSummary centre : centres.where(actor, CentreAction.FOLLOW)) {
            for (long unitId : centre.facts().unitIds()) {
                UnitSummary unit = staffed.get(unitId);
                if (unit != null) {
                    registers.add(new Register(centre.id(), centre.name(), unitId, unit.name(), unit.operation()));
                }
            }
        }
        registers.sort(Comparator.comparing(Register::centreName).thenComparing(Register::operation));
        return registers;
    }

    /** The register, when the signed-in user is staff of the unit and the unit takes part in the centre. */
    @Transactional(readOnly = true)
    public Register require(long centreId, long unitId) {
        Actor actor = actors.require();
        CentreAccess.Facts facts = centres.facts(centreId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!actor.holds(Role.STAFF, unitId) || !facts.unitIds().contains(unitId)) {
            throw new AccessDeniedException("Inte personal vid enhet " + unitId + " i familjecentral " + centreId);
        }
        CentreParticipants centre = centres.participants(centreId).orElseThrow();
        UnitSummary unit = organisations.unit(unitId).orElseThrow();
        return new Register(centreId, centre.name(), unitId, unit.name(), unit.operation());
    }

    /** The units that run the centre's operations, by operation: where a register's information may go. */
    @Transactional(readOnly = true)
    public Map<BaseOperation, UnitSummary> operationsAt(Register register) {
        CentreAccess.Facts facts = centres.facts(register.centreId()).orElseThrow();
        var units = new EnumMap<BaseOperation, UnitSummary>(BaseOperation.class);
        organisations.units(facts.unitIds()).values().forEach(unit -> units.put(unit.operation(), unit));
        return units;
    }

    /**
     * A page of the register in name order, persons with protected identity left out. With {@code number} (a valid
     * identity number) only the person with exactly that number, protected or not; with {@code name} those whose
     * name contains it.
     */
    @Transactional
    public PersonPage list(Register register, String name, IdentityNumber number, int page) {
        var conditions = new StringBuilder("centre_id = :centre and unit_id = :unit");
        var parameters = new HashMap<String, Object>();
        parameters.put("centre", register.centreId());
        parameters.put("unit", register.unitId());
        if (number != null) {
            conditions.append(" and identity_number_hash = :hash");
            parameters.put("hash", vault.searchHash(number.normalised()));
        } else {
            conditions.append(" and not protected_identity");
            if (name != null && !name.isBlank()) {
                conditions.append(" and strpos(lower(name), lower(:name)) > 0");
                parameters.put("name", name.strip());
            }
        }
        long total = jdbc.sql("select count(*) from person where " + conditions).params(parameters)
                .query(Long.class).single();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        parameters.put("limit", PAGE_SIZE);
        parameters.put("offset", (current - 1) * PAGE_SIZE);
        List<PersonRow> rows = jdbc.sql("select id, kind, name, identity_number, reserve_number, protected_identity "
                        + "from person where " + conditions + " order by name, id limit :limit offset :offset")
                .params(parameters)
                .query((rs, i) -> {
                    boolean protectedIdentity = rs.getBoolean("protected_identity");
                    byte[] sealed = rs.getBytes("identity_number");
                    return new PersonRow(rs.getLong("id"), PersonKind.valueOf(rs.getString("kind")),
                            protectedIdentity ? null : rs.getString("name"),
                            sealed == null ? rs.getString("reserve_number") : display(vault.decrypt(sealed)),
                            protectedIdentity);
                })
                .list();
        String what = number != null ? "sökt på personnummer" : "lista";
        rows.forEach(row -> audit.record(AuditAction.READ, AUDIT_TYPE, row.id(), "personregister "
                        + register.auditScope() + ": " + what + (row.protectedIdentity() ? "; SKYDDAD IDENTITET" : ""),
                register.access(row.id(), row.protectedIdentity(), AccessPurpose.REGISTER)));
        return new PersonPage(rows, total, current, pages);
    }

    /**
     * Registers the person; when the population register says they have protected identity, they are registered so
     * whatever staff chose.
     */
    @Transactional
    public long register(Register register, PersonDetails chosen, IdentityNumber number, String reserveNumber) {
        boolean protectedByRegister = number != null && lookup.lookup(number)
                .map(PersonLookup.PopulationRecord::protectedIdentity).orElse(false);
        PersonDetails details = protectedByRegister && !chosen.protectedIdentity()
                ? new PersonDetails(chosen.kind(), chosen.name(), true, chosen.jointCustody(), chosen.custodian1(),
                chosen.custodian2())
                : chosen;
        SealedIdentity identity = number != null
                ? new SealedIdentity(vault.encrypt(number.normalised()), vault.searchHash(number.normalised()), null)
                : new SealedIdentity(null, null, reserveNumber);
        Person person;
        try {
            person = persons.save(Person.register(register.centreId(), register.unitId(), details, identity,
                    clock.instant()));
        } catch (DuplicateKeyException registeredBefore) {
            throw new Refusal("consent.person.refused.already-registered");
        }
        audit.record(AuditAction.CREATE, AUDIT_TYPE, person.id(), "personregister " + register.auditScope()
                + ": registrerad" + (details.protectedIdentity() ? ", skyddad identitet" : ""),
                register.access(person.id(), details.protectedIdentity(), AccessPurpose.REGISTER));
        return person.id();
    }

    /**
     * The person's record, read and audited. A person with protected identity opens only with a reason, which the
     * audit entry keeps and marks for the log review; without one this answers empty and nothing is read.
     */
    @Transactional
    public Optional<PersonView> open(Register register, long personId, String reason) {
        return open(register, personId, reason, AccessPurpose.REGISTER);
    }

    @Transactional
    public Optional<PersonView> open(Register register, long personId, String reason, AccessPurpose purpose) {
        Person person = person(register, personId);
        if (person.protectedIdentity() && (reason == null || reason.isBlank())) {
            return Optional.empty();
        }
        String detail = "personregister " + register.auditScope() + ": uppgifter";
        if (person.protectedIdentity()) {
            detail += "; SKYDDAD IDENTITET, skäl: " + reason.strip();
        }
        audit.record(AuditAction.READ, AUDIT_TYPE, personId, detail,
                register.access(personId, person.protectedIdentity(), purpose));
        return Optional.of(view(person));
    }

    /**
     * The person for a form about them: a form shows the name, so the read is audited, unless the person has
     * protected identity, whose forms show no name.
     */
    @Transactional
    public Person forForm(Register register, long personId, String what, AccessPurpose purpose) {
        Person person = person(register, personId);
        if (!person.protectedIdentity()) {
            audit.record(AuditAction.READ, AUDIT_TYPE, personId, "personregister " + register.auditScope() + ": "
                    + what, register.access(personId, false, purpose));
        }
        return person;
    }

    @Transactional
    public void correct(Register register, long personId, PersonDetails details, int expectedVersion) {
        Person person = person(register, personId);
        boolean nowProtected = details.protectedIdentity() && !person.protectedIdentity();
        person.correct(details, expectedVersion);
        persons.save(person);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, personId, "personregister " + register.auditScope()
                + ": ändrad" + (nowProtected ? ", SKYDDAD IDENTITET markerad" : ""),
                register.access(personId, details.protectedIdentity(), AccessPurpose.REGISTER));
    }

    /** The number as written on paper, ÅÅÅÅMMDD-NNNN, or the reserve number; the caller has audited the read. */
    String identity(Person person) {
        return person.identityNumber() == null ? person.reserveNumber()
                : display(vault.decrypt(person.identityNumber()));
    }

    /** Whether the person is protected; reads nothing else of them, so it is not audited. */
    @Transactional(readOnly = true)
    public boolean isProtected(Register register, long personId) {
        return person(register, personId).protectedIdentity();
    }

    /**
     * The person's record in the register of the receiving unit at the same centre: the one with the same identity
     * number (or reserve number), or a new one copied from the sending record. Audited by the caller.
     */
    long receive(Register from, Person person, UnitSummary to) {
        Optional<Long> existing = person.identityNumber() != null
                ? jdbc.sql("select id from person where centre_id = :centre and unit_id = :unit "
                        + "and identity_number_hash = :hash")
                .param("centre", from.centreId()).param("unit", to.id()).param("hash", person.identityNumberHash())
                .query(Long.class).optional()
                : jdbc.sql("select id from person where centre_id = :centre and unit_id = :unit "
                        + "and reserve_number = :reserve order by id limit 1")
                .param("centre", from.centreId()).param("unit", to.id()).param("reserve", person.reserveNumber())
                .query(Long.class).optional();
        return existing.orElseGet(() -> persons.save(Person.register(from.centreId(), to.id(), person.details(),
                new SealedIdentity(person.identityNumber(), person.identityNumberHash(), person.reserveNumber()),
                clock.instant())).id());
    }

    /** The person, not audited: for the caller that audits what it does with them. */
    Person person(Register register, long personId) {
        return persons.findById(personId)
                .filter(p -> p.centreId() == register.centreId() && p.unitId() == register.unitId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private PersonView view(Person person) {
        PersonDetails details = person.details();
        return new PersonView(person.id(), details.kind(), details.name(),
                person.identityNumber() == null ? null : display(vault.decrypt(person.identityNumber())),
                person.reserveNumber(), details.protectedIdentity(), details.jointCustody(), details.custodian1(),
                details.custodian2(), LocalDateTime.ofInstant(person.registeredAt(), clock.getZone()),
                person.version());
    }

    /** ÅÅÅÅMMDD-NNNN, as the number is written with twelve digits. */
    static String display(String normalised) {
        return normalised.substring(0, 8) + "-" + normalised.substring(8);
    }
}
