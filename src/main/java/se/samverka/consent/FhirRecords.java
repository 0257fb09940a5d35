package se.samverka.consent;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.audit.AuditAccess;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditActorNames;
import se.samverka.audit.AuditLog;
import se.samverka.organisation.Organisations;
import se.samverka.organisation.UnitSummary;
import se.samverka.platform.RequestMemo;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.ConsentGiver;
import se.samverka.rules.DisclosureDecision.LegalBasisKind;
import se.samverka.rules.InformationKind;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the FHIR API reads of the registers: the consents recorded in the registers the signed-in staff member keeps
 * ({@link PersonRegister#registers()}, R13d), and the disclosures from or to them. A person with protected identity
 * (R13e) is left out unless searched for by their whole identity number. Every person whose data an answer carries is
 * an audit entry naming them, in the same transaction as the read.
 */
@Service
class FhirRecords {

    /** Who a resource is about, as the register that reads it may show them. */
    record Subject(long personId, PersonKind kind, String name, String identityNumber, String reserveNumber,
                   boolean protectedIdentity, String custodian1, String custodian2) {
    }

    /** A consent with the register it is recorded in and the units of the operations at that centre. */
    record ConsentEntry(ConsentRecord consent, Subject subject, Register register,
                        Map<BaseOperation, UnitSummary> unitsAtCentre) {
    }

    /**
     * A disclosure as the caller's registers see it. {@code subject} is the person as the caller's own record of them
     * holds them (the sender's when the caller keeps both registers); {@code givenBy} the consent's givers when its
     * basis is a consent.
     */
    record DisclosureEntry(long id, String centreName, UnitSummary from, UnitSummary to, Subject subject,
                           InformationKind informationKind, String what, LocalDate disclosedOn, LegalBasisKind basis,
                           Long consentId, Set<ConsentGiver> givenBy, String legalBasisCode, int legalBasisVersion,
                           String statute, String title, String reason, Instant recordedAt, String recordedBy,
                           String recordedByName) {
    }

    record Page<T>(List<T> entries, long total) {
    }

    private static final String MINE = """
            with mine (centre_id, unit_id) as (select * from unnest(cast(:centres as bigint[]), cast(:units as bigint[])))
            """;

    private final PersonRegister register;
    private final LegalBasisCatalogue catalogue;
    private final Persons persons;
    private final IdentityNumberVault vault;
    private final Organisations organisations;
    private final List<AuditActorNames> actorNames;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    FhirRecords(PersonRegister register, LegalBasisCatalogue catalogue, Persons persons, IdentityNumberVault vault,
                Organisations organisations, List<AuditActorNames> actorNames, AuditLog audit, JdbcClient jdbc,
                Clock clock) {
        this.register = register;
        this.catalogue = catalogue;
        this.persons = persons;
        this.vault = vault;
        this.organisations = organisations;
        this.actorNames = actorNames;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The catalogue's current version of the consent as a legal basis (OSL 12 kap. 2 §). */
    @Transactional(readOnly = true)
    public LegalBasis consentBasis() {
        return catalogue.history("CONSENT").getFirst();
    }

    /** A page of the consents in the caller's registers, the latest recorded first. */
    @Transactional
    public Page<ConsentEntry> consents(FhirQuery query) {
        List<Register> registers = registers();
        var where = new Where(registers, query, clock);
        where.person("p");
        if (!query.statuses().isEmpty() && query.statuses().size() < FhirQuery.Status.values().length) {
            String inactive = "((w.withdrawn_on is not null and w.withdrawn_on <= :today) or c.valid_to < :today)";
            where.add(query.statuses().contains(FhirQuery.Status.INACTIVE) ? inactive : "not " + inactive);
            where.parameters.put("today", LocalDate.now(clock));
        }
        where.dates(query.dates(), "((c.recorded_at at time zone :zone)::date::timestamp at time zone :zone)",
                "(((c.recorded_at at time zone :zone)::date + 1)::timestamp at time zone :zone)");
        where.dates(query.periods(), "(c.valid_from::timestamp at time zone :zone)",
                "((c.valid_to + 1)::timestamp at time zone :zone)");
        String from = """
                from consent c
                join person p on p.id = c.person_id
                join mine m on m.centre_id = p.centre_id and m.unit_id = p.unit_id
                left join consent_withdrawal w on w.consent_id = c.id
                """;
        long total = jdbc.sql(MINE + "select count(*) " + from + where).params(where.parameters)
                .query(Long.class).single();
        if (query.count() == 0) {
            return new Page<>(List.of(), total);
        }
        where.parameters.put("limit", query.count());
        where.parameters.put("offset", query.offset());
        List<ConsentRecord> rows = jdbc.sql(MINE + """
                        select c.*, w.withdrawn_on, w.how as withdrawn_how, w.recorded_at as withdrawn_at,
                               w.recorded_by as withdrawn_by
                        """ + from + where + " order by c.recorded_at desc, c.id desc limit :limit offset :offset")
                .params(where.parameters).query(Consents::row).list();
        return new Page<>(entries(rows, registers, query.byNumber() ? "sökt på personnummer" : "lista"), total);
    }

    /** The consent, when it is recorded in one of the caller's registers on a person without protected identity. */
    @Transactional
    public Optional<ConsentEntry> consent(long id) {
        List<Register> registers = registers();
        var where = new Where(registers, null, clock);
        where.person("p");
        where.add("c.id = :id");
        where.parameters.put("id", id);
        List<ConsentRecord> rows = jdbc.sql(MINE + """
                        select c.*, w.withdrawn_on, w.how as withdrawn_how, w.recorded_at as withdrawn_at,
                               w.recorded_by as withdrawn_by
                        from consent c
                        join person p on p.id = c.person_id
                        join mine m on m.centre_id = p.centre_id and m.unit_id = p.unit_id
                        left join consent_withdrawal w on w.consent_id = c.id
                        """ + where)
                .params(where.parameters).query(Consents::row).list();
        return entries(rows, registers, "läst").stream().findFirst();
    }

    /** A page of the disclosures from or to the caller's registers, the latest recorded first. */
    @Transactional
    public Page<DisclosureEntry> disclosures(FhirQuery query) {
        List<Register> registers = registers();
        var where = new Where(registers, query, clock);
        where.add("(exists (select 1 from mine m where m.centre_id = s.centre_id and m.unit_id = s.unit_id) "
                + "or exists (select 1 from mine m where m.centre_id = r.centre_id and m.unit_id = r.unit_id))");
        if (query.byNumber()) {
            where.add("(s.identity_number_hash = :hash or r.identity_number_hash = :hash)");
            where.parameters.put("hash", vault.searchHash(query.number().normalised()));
        } else {
            // R13e: a disclosure about a person with protected identity in either register stays out of lists
            where.add("not s.protected_identity and not r.protected_identity");
        }
        where.dates(query.dates(), "d.recorded_at", "(d.recorded_at + interval '1 microsecond')");
        String from = """
                from disclosure d
                join person s on s.id = d.person_id
                join person r on r.id = d.receiving_person_id
                """;
        long total = jdbc.sql(MINE + "select count(*) " + from + where).params(where.parameters)
                .query(Long.class).single();
        if (query.count() == 0) {
            return new Page<>(List.of(), total);
        }
        where.parameters.put("limit", query.count());
        where.parameters.put("offset", query.offset());
        record Row(long id, long senderId, long receiverId, long centreId, long fromUnit, long toUnit,
                   InformationKind kind, String what, LocalDate disclosedOn, LegalBasisKind basis, Long consentId,
                   Set<ConsentGiver> givenBy, String code, int version, String statute, String title, String reason,
                   Instant recordedAt, String recordedBy) {
        }
        List<Row> rows = jdbc.sql(MINE + """
                        select d.*, s.centre_id, s.unit_id as from_unit, r.unit_id as to_unit, lb.statute, lb.title,
                               k.given_by
                        """ + from + """
                        join legal_basis_version lb on lb.code = d.legal_basis_code
                                                   and lb.version = d.legal_basis_version
                        left join consent k on k.id = d.consent_id
                        """ + where + " order by d.recorded_at desc, d.id desc limit :limit offset :offset")
                .params(where.parameters)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("person_id"), rs.getLong("receiving_person_id"),
                        rs.getLong("centre_id"), rs.getLong("from_unit"), rs.getLong("to_unit"),
                        InformationKind.valueOf(rs.getString("information_kind")), rs.getString("what"),
                        rs.getDate("disclosed_on").toLocalDate(), LegalBasisKind.valueOf(rs.getString("basis")),
                        (Long) rs.getObject("consent_id"), givers(rs.getArray("given_by")),
                        rs.getString("legal_basis_code"), rs.getInt("legal_basis_version"), rs.getString("statute"),
                        rs.getString("title"), rs.getString("reason"), rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("recorded_by")))
                .list();
        Map<String, Register> mine = byKey(registers);
        Set<Long> personIds = new HashSet<>();
        Set<Long> unitIds = new HashSet<>();
        rows.forEach(row -> {
            personIds.add(row.senderId());
            personIds.add(row.receiverId());
            unitIds.add(row.fromUnit());
            unitIds.add(row.toUnit());
        });
        Map<Long, Person> people = new HashMap<>();
        persons.findAllById(personIds).forEach(person -> people.put(person.id(), person));
        Map<Long, UnitSummary> units = organisations.units(unitIds);
        Map<String, String> names = new HashMap<>();
        Set<String> usernames = rows.stream().map(Row::recordedBy).collect(Collectors.toSet());
        actorNames.forEach(source -> names.putAll(source.displayNames(usernames)));
        var audited = new LinkedHashMap<Long, Audited>();
        var entries = new ArrayList<DisclosureEntry>();
        for (Row row : rows) {
            Person sender = people.get(row.senderId());
            Person receiver = people.get(row.receiverId());
            Register senderRegister = mine.get(key(sender.centreId(), sender.unitId()));
            Register receiverRegister = mine.get(key(receiver.centreId(), receiver.unitId()));
            boolean hidden = sender.protectedIdentity() || receiver.protectedIdentity();
            Person own = senderRegister != null ? sender : receiver;
            Register ownRegister = senderRegister != null ? senderRegister : receiverRegister;
            String what = (query.byNumber() ? "sökt på personnummer" : "lista") + ", utlämnande " + row.id()
                    + (hidden ? "; SKYDDAD IDENTITET" : "");
            if (senderRegister != null) {
                audited.putIfAbsent(sender.id(), new Audited(senderRegister.auditScope() + ": " + what,
                        senderRegister.access(sender.id(), sender.protectedIdentity(), AccessPurpose.DISCLOSURE)));
            }
            if (receiverRegister != null) {
                audited.putIfAbsent(receiver.id(), new Audited(receiverRegister.auditScope() + ": " + what,
                        receiverRegister.access(receiver.id(), receiver.protectedIdentity(), AccessPurpose.DISCLOSURE)));
            }
            entries.add(new DisclosureEntry(row.id(), ownRegister.centreName(), units.get(row.fromUnit()),
                    units.get(row.toUnit()), subject(own, hidden), row.kind(), row.what(), row.disclosedOn(),
                    row.basis(), row.consentId(), row.givenBy(), row.code(), row.version(), row.statute(),
                    row.title(), row.reason(), row.recordedAt(), row.recordedBy(), names.get(row.recordedBy())));
        }
        audited.forEach((personId, read) -> audit.record(AuditAction.READ, PersonRegister.AUDIT_TYPE, personId,
                "personregister " + read.detail() + " (API, FHIR AuditEvent)", read.access()));
        return new Page<>(entries, total);
    }

    /**
     * Refuses (403) an account that keeps no register: the API is for the staff of a unit at a centre, and the
     * register pages refuse everyone else too (R13d).
     */
    @Transactional(readOnly = true)
    public void requireRegisters() {
        registers();
    }

    /** The caller's registers ({@link PersonRegister#registers()}), read once a request. */
    private List<Register> registers() {
        List<Register> registers = RequestMemo.remember("fhir-registers", () -> List.copyOf(register.registers()));
        if (registers.isEmpty()) {
            throw new AccessDeniedException("Inte personal vid någon enhet i en familjecentral");
        }
        return registers;
    }

    private List<ConsentEntry> entries(List<ConsentRecord> rows, List<Register> registers, String what) {
        Map<Long, Person> people = new HashMap<>();
        persons.findAllById(rows.stream().map(ConsentRecord::personId).collect(Collectors.toSet()))
                .forEach(person -> people.put(person.id(), person));
        Map<String, Register> mine = byKey(registers);
        Map<Long, Map<BaseOperation, UnitSummary>> atCentre = new HashMap<>();
        var entries = new ArrayList<ConsentEntry>();
        var audited = new LinkedHashMap<Long, Audited>();
        for (ConsentRecord consent : rows) {
            Person person = people.get(consent.personId());
            Register at = mine.get(key(person.centreId(), person.unitId()));
            Map<BaseOperation, UnitSummary> units = atCentre.computeIfAbsent(at.centreId(),
                    centre -> register.operationsAt(at));
            entries.add(new ConsentEntry(consent, subject(person, person.protectedIdentity()), at, units));
            audited.putIfAbsent(person.id(), new Audited(at.auditScope() + ": " + what
                    + (person.protectedIdentity() ? "; SKYDDAD IDENTITET" : ""),
                    at.access(person.id(), person.protectedIdentity(), AccessPurpose.CONSENT)));
        }
        audited.forEach((personId, read) -> audit.record(AuditAction.READ, PersonRegister.AUDIT_TYPE, personId,
                "personregister " + read.detail() + " (API, FHIR Consent)", read.access()));
        return entries;
    }

    /** One person's read in an answer, audited once: what was read, and through which register. */
    private record Audited(String detail, AuditAccess access) {
    }

    /** The person as an answer may carry them: with protected identity, neither name nor number nor custodians. */
    private Subject subject(Person person, boolean hidden) {
        PersonDetails details = person.details();
        if (hidden) {
            return new Subject(person.id(), details.kind(), null, null, null, true, null, null);
        }
        return new Subject(person.id(), details.kind(), details.name(),
                person.identityNumber() == null ? null : vault.decrypt(person.identityNumber()),
                person.reserveNumber(), false, details.custodian1(), details.custodian2());
    }

    private static Map<String, Register> byKey(List<Register> registers) {
        return registers.stream().collect(Collectors.toMap(r -> key(r.centreId(), r.unitId()), Function.identity(),
                (a, b) -> a));
    }

    private static String key(long centreId, long unitId) {
        return centreId + ":" + unitId;
    }

    private static Set<ConsentGiver> givers(Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        return Arrays.stream((String[]) array.getArray()).map(ConsentGiver::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ConsentGiver.class)));
    }

    /** The conditions of a search, with their parameters; the caller's registers always among them. */
    private final class Where {

        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> parameters = new HashMap<>();
        private final FhirQuery query;

        Where(List<Register> registers, FhirQuery query, Clock clock) {
            this.query = query;
            parameters.put("centres", registers.stream().map(Register::centreId).toArray(Long[]::new));
            parameters.put("units", registers.stream().map(Register::unitId).toArray(Long[]::new));
            parameters.put("zone", clock.getZone().getId());
            if (query != null && query.matchNothing()) {
                conditions.add("false");
            }
        }

        /** The consent's person: the one searched for by number, or anyone without protected identity. */
        void person(String alias) {
            if (query != null && query.byNumber()) {
                add(alias + ".identity_number_hash = :hash");
                parameters.put("hash", vault.searchHash(query.number().normalised()));
            } else {
                add("not " + alias + ".protected_identity");
            }
        }

        void add(String condition) {
            conditions.add(condition);
        }

        /**
         * FHIR's date prefixes on the resource's time range [start, end) and the searched one: eq the searched range
         * holds the resource's, lt/gt the resource's starts before/ends after it, le/ge it starts before its end/ends
         * after its start (they overlap or the resource lies before/after), sa/eb it lies wholly after/before it.
         */
        void dates(List<FhirQuery.DateCondition> dates, String start, String end) {
            for (FhirQuery.DateCondition date : dates) {
                String from = ":from" + parameters.size();
                String to = ":to" + parameters.size();
                parameters.put(from.substring(1), date.start().atOffset(ZoneOffset.UTC));
                parameters.put(to.substring(1), date.end().atOffset(ZoneOffset.UTC));
                add(switch (date.prefix()) {
                    case EQ -> "(" + from + " <= " + start + " and " + end + " <= " + to + ")";
                    case NE -> "not (" + from + " <= " + start + " and " + end + " <= " + to + ")";
                    case LT -> start + " < " + from;
                    case LE -> start + " < " + to;
                    case GT -> end + " > " + to;
                    case GE -> end + " > " + from;
                    case SA -> start + " >= " + to;
                    case EB -> end + " <= " + from;
                });
            }
        }

        @Override
        public String toString() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }
    }
}
