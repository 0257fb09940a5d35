package se.samverka.centre;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.CentreConfiguration;
import se.samverka.rules.CentreKind;
import se.samverka.rules.Classifier;
import se.samverka.rules.OtherActor;
import se.samverka.rules.Participation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * The registry as the public may see it (§8.2): the centres the agreement covers, with their address, base operations
 * (on site or cooperating from elsewhere) and other actors — no persons, no governance. Kept in memory between
 * changes of the registry.
 */
@Component
public class PublicListing {

    /**
     * A covered centre as the public directory shows it; {@code kind} is never NOT_COVERED, {@code changedAt} is when
     * the registry last recorded a change of it.
     */
    public record Listed(long id, String name, Address address, String municipalityCode,
                         List<Participation> participations, List<ActorEntry> otherActors, CentreKind kind,
                         Instant changedAt) {

        public Listed {
            participations = List.copyOf(participations);
            otherActors = List.copyOf(otherActors);
        }

        public List<BaseOperation> onSite() {
            return participations.stream().filter(Participation::coLocated).map(Participation::operation).toList();
        }

        public List<BaseOperation> elsewhere() {
            return participations.stream().filter(p -> !p.coLocated()).map(Participation::operation).toList();
        }
    }

    private record CentreRow(long id, String name, String street, String postalCode, String city,
                             String municipalityCode, boolean prioritisedArea, Instant changedAt) {
    }

    private record ParticipationRow(long centreId, BaseOperation operation, boolean coLocated) {
    }

    private record ActorRow(long centreId, OtherActor actor, String description) {
    }

    /** The listing as read when the history had {@code version} rows. */
    private record Snapshot(long version, List<Listed> centres, Map<Long, Listed> byId) {
    }

    private final JdbcClient jdbc;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>(new Snapshot(-1, List.of(), Map.of()));

    PublicListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every covered centre, by Swedish name. */
    @Transactional(readOnly = true)
    public List<Listed> covered() {
        return current().centres();
    }

    /** The centre if the agreement covers it. */
    @Transactional(readOnly = true)
    public Optional<Listed> covered(long id) {
        return Optional.ofNullable(current().byId().get(id));
    }

    /**
     * The listing, read again only when the registry has changed: every change of a centre adds a row to its history
     * ({@link CentreHistory#record}), which is never deleted, so the number of rows tells, in one statement and for
     * every instance of Samverka alike, whether the listing kept in memory is still the registry's. (The last id
     * would not: a change that commits after a later one has a smaller id.)
     */
    private Snapshot current() {
        long version = jdbc.sql("select count(*) from centre_history").query(Long.class).single();
        Snapshot kept = snapshot.get();
        if (kept.version() == version) {
            return kept;
        }
        List<Listed> centres = read();
        Snapshot read = new Snapshot(version, centres,
                centres.stream().collect(Collectors.toUnmodifiableMap(Listed::id, c -> c)));
        snapshot.set(read);
        return read;
    }

    private List<Listed> read() {
        List<CentreRow> centres = jdbc.sql("""
                        select c.id, c.name, c.street, c.postal_code, c.city, c.municipality_code,
                               c.prioritised_area, h.changed_at
                        from centre c
                        left join (select centre_id, max(recorded_at) as changed_at from centre_history
                                   group by centre_id) h on h.centre_id = c.id
                        order by c.name collate "sv-SE-x-icu", c.id""")
                .query(CentreRow.class).list();
        if (centres.isEmpty()) {
            return List.of();
        }
        Long[] ids = centres.stream().map(CentreRow::id).toArray(Long[]::new);
        Map<Long, List<Participation>> participations = jdbc.sql("""
                        select centre_id, operation, co_located from participation
                        where centre_id = any(cast(:ids as bigint[]))""")
                .param("ids", ids)
                .query(ParticipationRow.class).list().stream()
                .sorted(Comparator.comparing(ParticipationRow::operation))
                .collect(Collectors.groupingBy(ParticipationRow::centreId,
                        Collectors.mapping(p -> new Participation(p.operation(), p.coLocated()), Collectors.toList())));
        Map<Long, List<ActorEntry>> actors = new HashMap<>();
        jdbc.sql("""
                        select centre_id, actor, description from centre_other_actor
                        where centre_id = any(cast(:ids as bigint[])) order by centre_id, position""")
                .param("ids", ids)
                .query(ActorRow.class).list()
                .forEach(a -> actors.computeIfAbsent(a.centreId(), id -> new ArrayList<>())
                        .add(new ActorEntry(a.actor(), a.description())));
        List<Listed> listed = new ArrayList<>();
        for (CentreRow centre : centres) {
            List<Participation> operations = participations.getOrDefault(centre.id(), List.of());
            List<ActorEntry> others = actors.getOrDefault(centre.id(), List.of());
            CentreKind kind = Classifier.classify(new CentreConfiguration(operations,
                    others.stream().map(ActorEntry::actor).collect(Collectors.toSet()), centre.prioritisedArea()))
                    .kind();
            if (kind != CentreKind.NOT_COVERED) {
                listed.add(new Listed(centre.id(), centre.name(),
                        new Address(centre.street(), centre.postalCode(), centre.city()), centre.municipalityCode(),
                        operations, others, kind, centre.changedAt()));
            }
        }
        return List.copyOf(listed);
    }
}
