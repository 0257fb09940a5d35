package se.samverka.consent;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import se.samverka.audit.AuditAccesses;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditActorNames;
import se.samverka.audit.AuditEvent;
import se.samverka.audit.AuditLog;
import se.samverka.centre.CentreParticipants;
import se.samverka.centre.CentreRegistry;
import se.samverka.identity.Actor;
import se.samverka.identity.Actors;
import se.samverka.identity.Role;
import se.samverka.organisation.Organisations;
import se.samverka.organisation.PrincipalSummary;
import se.samverka.organisation.UnitSummary;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The log review of accesses to persons, in the manner HSLF-FS 2016:40 4 kap. 9 § prescribes for health care:
 * systematic and recurring, by a random sample and by flags (protected identity, a person not in the register of
 * the unit the access went through, outside office hours, many persons by one user in a short time), and on
 * suspicion by one user's accesses; each review documented. A LOG_REVIEWER holds for one principal and reviews the
 * accesses in the registers of its units. The review names persons by their record's number, never by name.
 */
@Service
class LogReviews {

    static final String AUDIT_TYPE = "log_review";
    static final int MAX_LINES = 500;
    static final int MAX_TEXT = 4000;
    static final int MAX_PERIOD_DAYS = 366;
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final SecureRandom RANDOM = new SecureRandom();

    enum Kind {
        SAMPLE,
        SUSPICION
    }

    enum Outcome {
        NO_REMARKS,
        REMARKS
    }

    /** The days reviewed, both included. */
    record Period(LocalDate from, LocalDate to) {

        Period {
            Objects.requireNonNull(from);
            Objects.requireNonNull(to);
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("to before from");
            }
        }

        Instant start() {
            return from.atStartOfDay(SWEDEN).toInstant();
        }

        Instant end() {
            return to.plusDays(1).atStartOfDay(SWEDEN).toInstant();
        }

        /** The calendar month before {@code today}'s. */
        static Period lastMonth(LocalDate today) {
            LocalDate first = today.withDayOfMonth(1).minusMonths(1);
            return new Period(first, first.plusMonths(1).minusDays(1));
        }
    }

    /** An access as the review shows it. */
    record Line(long id, LocalDateTime time, String actor, String actorName, String role, String unit, String centre,
                String person, AuditAction action, String detail, String purpose, boolean protectedIdentity) {
    }

    /** A person accessed through a unit's register who is not (or no longer) in that register. */
    record OutsideRegister(String unit, String person, long entries, LocalDateTime first, LocalDateTime last) {
    }

    /** One user who opened many persons in one window. */
    record ManyPersons(String actor, String actorName, LocalDateTime windowStart, long persons) {
    }

    /** The flags of a period, counted in full and listed up to {@link #MAX_LINES} each. */
    record Flags(long accesses, long protectedCount, List<Line> protectedIdentity, List<OutsideRegister> outsideRegister,
                 long outsideHoursCount, List<Line> outsideHours, List<ManyPersons> manyPersons) {
    }

    record Overview(PrincipalSummary principal, Period period, String seed, List<Line> sample, Flags flags,
                    String suspectedActor, long suspectedCount, List<Line> suspected) {
    }

    /** What the reviewer documents; the counts are the review's own, taken when it is recorded. */
    record NewReview(Kind kind, Period period, String seed, String suspectedActor, List<String> checked,
                     Outcome outcome, String findings, String action) {
    }

    record Review(long id, Kind kind, LocalDate periodFrom, LocalDate periodTo, String suspectedActor, String seed,
                  int sampleSize, int accesses, int protectedFlags, int outsideRegisterFlags, int outsideHoursFlags,
                  int manyPersonsFlags, String checked, Outcome outcome, String findings, String action,
                  LocalDateTime reviewedAt, String reviewedBy) {

        public List<String> checkedLines() {
            return checked.lines().toList();
        }
    }

    private final AuditAccesses accesses;
    private final AuditLog audit;
    private final List<AuditActorNames> actorNames;
    private final Organisations organisations;
    private final CentreRegistry centres;
    private final Actors actors;
    private final JdbcClient jdbc;
    private final LogReviewProperties properties;
    private final Clock clock;

    LogReviews(AuditAccesses accesses, AuditLog audit, List<AuditActorNames> actorNames, Organisations organisations,
               CentreRegistry centres, Actors actors, JdbcClient jdbc, LogReviewProperties properties, Clock clock) {
        this.accesses = accesses;
        this.audit = audit;
        this.actorNames = actorNames;
        this.organisations = organisations;
        this.centres = centres;
        this.actors = actors;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** The principals whose log the signed-in user reviews, by name. */
    List<PrincipalSummary> principals() {
        return actors.require().scopes(Role.LOG_REVIEWER).stream()
                .map(organisations::principal).flatMap(Optional::stream)
                .sorted(Comparator.comparing(PrincipalSummary::name)).toList();
    }

    /** The principal, when the signed-in user reviews its log. */
    PrincipalSummary require(long principalId) {
        Actor actor = actors.require();
        if (!actor.holds(Role.LOG_REVIEWER, principalId)) {
            throw new AccessDeniedException("Inte logggranskare för huvudman " + principalId);
        }
        return organisations.principal(principalId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static String newSeed() {
        byte[] seed = new byte[8];
        RANDOM.nextBytes(seed);
        return HexFormat.of().formatHex(seed);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(SWEDEN));
    }

    /** What the review of the period shows; reading it is an audit entry of its own. */
    @Transactional
    Overview overview(long principalId, Period period, String seed, String suspectedActor) {
        PrincipalSummary principal = require(principalId);
        Set<Long> units = units(principalId);
        Names names = new Names(units);
        List<AuditEvent> sample = accesses.sample(units, period.start(), period.end(), seed, properties.sampleSize());
        Flags flags = flags(units, period, names);
        List<AuditEvent> suspected = suspectedActor == null ? List.of()
                : accesses.byActor(units, period.start(), period.end(), suspectedActor, MAX_LINES);
        long suspectedCount = suspectedActor == null ? 0
                : accesses.byActorCount(units, period.start(), period.end(), suspectedActor);
        names.actors(Stream.of(sample, suspected).flatMap(List::stream).map(AuditEvent::actor));
        audit.read(AUDIT_TYPE, principalId, "logggranskning " + period.from() + "–" + period.to() + ", urval " + seed
                + (suspectedActor == null ? "" : ", användare " + suspectedActor));
        return new Overview(principal, period, seed, sample.stream().map(names::line).toList(), flags,
                suspectedActor, suspectedCount, suspected.stream().map(names::line).toList());
    }

    /** Records the review as done; its counts are taken now, from the same selection the page showed. */
    @Transactional
    long document(long principalId, NewReview review) {
        require(principalId);
        Set<Long> units = units(principalId);
        Period period = review.period();
        Flags flags = flags(units, period, new Names(units));
        int sampleSize = accesses.sample(units, period.start(), period.end(), review.seed(), properties.sampleSize())
                .size();
        long id = jdbc.sql("""
                        insert into log_review (principal_id, kind, period_from, period_to, suspected_actor,
                                                sample_seed, sample_size, accesses, protected_flags,
                                                outside_register_flags, outside_hours_flags, many_persons_flags,
                                                checked, outcome, findings, action, reviewed_at, reviewed_by)
                        values (:principal, :kind, :from, :to, :suspected, :seed, :sampleSize, :accesses,
                                :protectedFlags, :outsideRegister, :outsideHours, :manyPersons, :checked, :outcome,
                                :findings, :action, :at, :by)
                        returning id
                        """)
                .param("principal", principalId).param("kind", review.kind().name())
                .param("from", period.from()).param("to", period.to())
                .param("suspected", review.suspectedActor()).param("seed", review.seed())
                .param("sampleSize", sampleSize).param("accesses", flags.accesses())
                .param("protectedFlags", flags.protectedCount())
                .param("outsideRegister", flags.outsideRegister().size())
                .param("outsideHours", flags.outsideHoursCount()).param("manyPersons", flags.manyPersons().size())
                .param("checked", String.join("\n", review.checked())).param("outcome", review.outcome().name())
                .param("findings", review.findings()).param("action", review.action())
                .param("at", Timestamp.from(clock.instant())).param("by", actors.require().username())
                .query(Long.class).single();
        audit.record(AuditAction.CREATE, AUDIT_TYPE, id, "logggranskning dokumenterad: huvudman " + principalId + ", "
                + period.from() + "–" + period.to() + ", " + review.kind() + ", " + review.outcome());
        return id;
    }

    /** The principal's documented reviews, the latest first. */
    List<Review> reviews(long principalId) {
        return jdbc.sql("select * from log_review where principal_id = :principal order by reviewed_at desc, id desc "
                        + "limit 100")
                .param("principal", principalId)
                .query((rs, row) -> new Review(rs.getLong("id"), Kind.valueOf(rs.getString("kind")),
                        rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                        rs.getString("suspected_actor"), rs.getString("sample_seed"), rs.getInt("sample_size"),
                        rs.getInt("accesses"), rs.getInt("protected_flags"), rs.getInt("outside_register_flags"),
                        rs.getInt("outside_hours_flags"), rs.getInt("many_persons_flags"), rs.getString("checked"),
                        Outcome.valueOf(rs.getString("outcome")), rs.getString("findings"), rs.getString("action"),
                        LocalDateTime.ofInstant(rs.getObject("reviewed_at", OffsetDateTime.class).toInstant(), SWEDEN),
                        rs.getString("reviewed_by")))
                .list();
    }

    private Flags flags(Set<Long> units, Period period, Names names) {
        Instant from = period.start();
        Instant until = period.end();
        Set<LocalDate> holidays = SwedishHolidays.between(period.from(), period.to());
        List<AuditEvent> protectedIdentity = accesses.protectedIdentity(units, from, until, MAX_LINES);
        List<AuditEvent> outsideHours = accesses.outsideHours(units, from, until, properties.opens(),
                properties.closes(), holidays, MAX_LINES);
        List<AuditAccesses.Burst> bursts = accesses.bursts(units, from, until, properties.window(),
                properties.manyPersons());
        List<OutsideRegister> outsideRegister = outsideRegister(accesses.persons(units, from, until), names);
        names.actors(Stream.concat(Stream.concat(protectedIdentity.stream(), outsideHours.stream())
                .map(AuditEvent::actor), bursts.stream().map(AuditAccesses.Burst::actor)));
        return new Flags(accesses.count(units, from, until),
                accesses.protectedIdentityCount(units, from, until), protectedIdentity.stream().map(names::line).toList(),
                outsideRegister,
                accesses.outsideHoursCount(units, from, until, properties.opens(), properties.closes(), holidays),
                outsideHours.stream().map(names::line).toList(),
                bursts.stream().map(b -> new ManyPersons(b.actor(), names.actor(b.actor()),
                        LocalDateTime.ofInstant(b.windowStart(), SWEDEN), b.persons())).toList());
    }

    /** The persons accessed through a unit whose record is not in that unit's register (or no longer exists). */
    private List<OutsideRegister> outsideRegister(List<AuditAccesses.PersonAccesses> accessed, Names names) {
        Set<Long> ids = accessed.stream().filter(a -> PersonRegister.AUDIT_PERSON.equals(a.personType()))
                .map(a -> parse(a.personId())).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, Long> unitOf = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, unit_id from person where id in (:ids)").param("ids", ids)
                    .query((rs, row) -> unitOf.put(rs.getLong("id"), rs.getLong("unit_id"))).list();
        }
        return accessed.stream()
                .filter(a -> {
                    Long person = PersonRegister.AUDIT_PERSON.equals(a.personType()) ? parse(a.personId()) : null;
                    return person == null || !Objects.equals(unitOf.get(person), a.unitId());
                })
                .limit(MAX_LINES)
                .map(a -> new OutsideRegister(names.unit(a.unitId()), names.person(a.personType(), a.personId()),
                        a.entries(), LocalDateTime.ofInstant(a.first(), SWEDEN),
                        LocalDateTime.ofInstant(a.last(), SWEDEN)))
                .toList();
    }

    private Set<Long> units(long principalId) {
        return organisations.unitsOf(principalId).stream().map(UnitSummary::id).collect(Collectors.toSet());
    }

    private static Long parse(String id) {
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException notARecordNumber) {
            return null;
        }
    }

    /** Names of the actors, units and centres the lines show, each looked up once. */
    private final class Names {

        private final Map<Long, UnitSummary> units;
        private final Map<Long, String> centreNames = new HashMap<>();
        private final Map<String, String> actorNames = new HashMap<>();

        Names(Collection<Long> unitIds) {
            this.units = organisations.units(unitIds);
        }

        void actors(Stream<String> usernames) {
            Set<String> missing = usernames.filter(u -> !actorNames.containsKey(u)).collect(Collectors.toSet());
            if (missing.isEmpty()) {
                return;
            }
            LogReviews.this.actorNames.forEach(source -> actorNames.putAll(source.displayNames(missing)));
        }

        String actor(String username) {
            return actorNames.get(username);
        }

        String unit(Long unitId) {
            UnitSummary unit = unitId == null ? null : units.get(unitId);
            return unit == null ? "–" : unit.name();
        }

        String centre(Long centreId) {
            if (centreId == null) {
                return "–";
            }
            return centreNames.computeIfAbsent(centreId, id -> centres.participants(id)
                    .map(CentreParticipants::name).orElse("familjecentral " + id));
        }

        String person(String type, String id) {
            return PersonRegister.AUDIT_PERSON.equals(type) ? id : type + " " + id;
        }

        Line line(AuditEvent event) {
            return new Line(event.id(), event.localTime(), event.actor(), actor(event.actor()), event.role(),
                    unit(event.unitId()), centre(event.centreId()), person(event.personType(), event.personId()),
                    event.action(), event.detail(), event.purpose(), Boolean.TRUE.equals(event.protectedIdentity()));
        }
    }
}
