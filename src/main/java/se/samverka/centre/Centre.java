package se.samverka.centre;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.CentreConfiguration;
import se.samverka.rules.OtherActor;
import se.samverka.rules.Participation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A family centre or family-centre-like operation, or one that is planned or not (yet) covered: what
 * the registry knows about it. Its kind is never stored; the rules derive it.
 */
@Table("centre")
class Centre {

    @Id
    private Long id;
    private String name;
    @Embedded.Empty
    private Address address;
    private String municipalityCode;
    private boolean prioritisedArea;
    private LocalDate establishedOn;
    private Long steeringGroupId;
    @Embedded.Nullable(prefix = "coordinator_")
    private Coordinator coordinator;
    @MappedCollection(idColumn = "centre_id")
    private Set<UnitParticipation> participations;
    @MappedCollection(idColumn = "centre_id", keyColumn = "position")
    private List<ActorEntry> otherActors;
    @ReadOnlyProperty
    private Instant createdAt;
    @Version
    private Integer version;

    @PersistenceCreator
    Centre(Long id, String name, Address address, String municipalityCode, boolean prioritisedArea,
           LocalDate establishedOn, Long steeringGroupId, Coordinator coordinator, Set<UnitParticipation> participations,
           List<ActorEntry> otherActors, Instant createdAt, Integer version) {
        this.id = id;
        this.name = name;
        this.address = address;
        this.municipalityCode = municipalityCode;
        this.prioritisedArea = prioritisedArea;
        this.establishedOn = establishedOn;
        this.steeringGroupId = steeringGroupId;
        this.coordinator = coordinator;
        this.participations = new HashSet<>(participations);
        this.otherActors = new ArrayList<>(otherActors);
        this.createdAt = createdAt;
        this.version = version;
    }

    static Centre register(CentreDescription description) {
        var centre = new Centre(null, null, null, null, false, null, null, null, Set.of(), List.of(), null, null);
        centre.apply(description);
        return centre;
    }

    /** Changes what the centre is; {@code expectedVersion} is the version the change was made on. */
    void describe(CentreDescription description, int expectedVersion) {
        this.version = expectedVersion;
        apply(description);
    }

    /** A unit takes part with its operation, in place of the unit that did; the party consented to it. */
    void join(UnitParticipation participation) {
        participations.removeIf(p -> p.operation() == participation.operation());
        participations.add(participation);
    }

    void appoint(Coordinator coordinator, int expectedVersion) {
        this.version = expectedVersion;
        this.coordinator = Objects.requireNonNull(coordinator);
    }

    void dismissCoordinator(int expectedVersion) {
        this.version = expectedVersion;
        this.coordinator = null;
    }

    void governBy(Long steeringGroupId, int expectedVersion) {
        this.version = expectedVersion;
        this.steeringGroupId = steeringGroupId;
    }

    private void apply(CentreDescription description) {
        this.name = description.name();
        this.address = description.address();
        this.municipalityCode = description.municipalityCode();
        this.prioritisedArea = description.prioritisedArea();
        this.establishedOn = description.establishedOn();
        this.participations = new HashSet<>(description.participations());
        this.otherActors = new ArrayList<>(description.otherActors());
    }

    CentreConfiguration configuration() {
        List<Participation> operations = participations.stream()
                .sorted(Comparator.comparing(UnitParticipation::operation))
                .map(p -> new Participation(p.operation(), p.coLocated()))
                .toList();
        Set<OtherActor> actors = EnumSet.noneOf(OtherActor.class);
        otherActors.forEach(entry -> actors.add(entry.actor()));
        return new CentreConfiguration(operations, actors, prioritisedArea);
    }

    List<UnitParticipation> participationsInOrder() {
        return participations.stream().sorted(Comparator.comparing(UnitParticipation::operation)).toList();
    }

    Set<BaseOperation> operations() {
        var operations = EnumSet.noneOf(BaseOperation.class);
        participations.forEach(p -> operations.add(p.operation()));
        return operations;
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    Address address() {
        return address;
    }

    String municipalityCode() {
        return municipalityCode;
    }

    boolean prioritisedArea() {
        return prioritisedArea;
    }

    LocalDate establishedOn() {
        return establishedOn;
    }

    Long steeringGroupId() {
        return steeringGroupId;
    }

    Coordinator coordinator() {
        return coordinator;
    }

    List<ActorEntry> otherActors() {
        return List.copyOf(otherActors);
    }

    int version() {
        return version;
    }
}
