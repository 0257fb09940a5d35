package se.samverka.centre;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import se.samverka.platform.Refusal;
import se.samverka.rules.BaseOperation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A change of a centre that needs a party's consent before it takes effect (docs/authority.md): one of the party's
 * units taking part with a base operation, or the party employing the centre's coordinator. An administrator of the
 * party accepts or declines it; a newer proposal for the same place withdraws it.
 */
@Table("centre_proposal")
class Proposal {

    enum Kind {
        PARTICIPATION,
        COORDINATOR
    }

    enum Status {
        PENDING,
        ACCEPTED,
        DECLINED,
        WITHDRAWN
    }

    @Id
    private Long id;
    private final long centreId;
    private final long principalId;
    private final Kind kind;
    private final BaseOperation operation;
    private final Long unitId;
    private final Boolean coLocated;
    private final String coordinatorName;
    private final Integer coordinatorServiceGrade;
    private final LocalDate coordinatorDecidedOn;
    private final String proposedBy;
    private final Instant proposedAt;
    private Status status;
    private String answeredBy;
    private Instant answeredAt;
    @Version
    private int version;

    @PersistenceCreator
    Proposal(Long id, long centreId, long principalId, Kind kind, BaseOperation operation, Long unitId,
             Boolean coLocated, String coordinatorName, Integer coordinatorServiceGrade,
             LocalDate coordinatorDecidedOn, String proposedBy, Instant proposedAt, Status status, String answeredBy,
             Instant answeredAt, int version) {
        this.id = id;
        this.centreId = centreId;
        this.principalId = principalId;
        this.kind = kind;
        this.operation = operation;
        this.unitId = unitId;
        this.coLocated = coLocated;
        this.coordinatorName = coordinatorName;
        this.coordinatorServiceGrade = coordinatorServiceGrade;
        this.coordinatorDecidedOn = coordinatorDecidedOn;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.status = status;
        this.answeredBy = answeredBy;
        this.answeredAt = answeredAt;
        this.version = version;
    }

    static Proposal participation(long centreId, long principalId, UnitParticipation participation, String by,
                                  Instant at) {
        return new Proposal(null, centreId, principalId, Kind.PARTICIPATION, participation.operation(),
                participation.unitId(), participation.coLocated(), null, null, null, Objects.requireNonNull(by),
                Objects.requireNonNull(at), Status.PENDING, null, null, 0);
    }

    static Proposal coordinator(long centreId, Coordinator coordinator, String by, Instant at) {
        Objects.requireNonNull(coordinator.appointedOn(), "the steering group's decision has a date");
        return new Proposal(null, centreId, coordinator.employerId(), Kind.COORDINATOR, null, null, null,
                coordinator.name(), coordinator.serviceGrade(), coordinator.appointedOn(), Objects.requireNonNull(by),
                Objects.requireNonNull(at), Status.PENDING, null, null, 0);
    }

    /** The party consents; the caller then makes the change on the centre. */
    void accept(String by, Instant at) {
        answer(Status.ACCEPTED, by, at);
    }

    void decline(String by, Instant at) {
        answer(Status.DECLINED, by, at);
    }

    /** Replaced by a newer proposal for the same operation or coordinator, or made moot by the centre itself. */
    void withdraw(String by, Instant at) {
        answer(Status.WITHDRAWN, by, at);
    }

    private void answer(Status answer, String by, Instant at) {
        if (status != Status.PENDING) {
            throw new Refusal("proposal.refused.answered");
        }
        this.status = answer;
        this.answeredBy = Objects.requireNonNull(by);
        this.answeredAt = Objects.requireNonNull(at);
    }

    UnitParticipation participation() {
        if (kind != Kind.PARTICIPATION) {
            throw new IllegalStateException("not a participation");
        }
        return new UnitParticipation(operation, unitId, coLocated);
    }

    Coordinator coordinatorAppointment() {
        if (kind != Kind.COORDINATOR) {
            throw new IllegalStateException("not a coordinator");
        }
        return new Coordinator(coordinatorName, principalId, coordinatorServiceGrade, coordinatorDecidedOn);
    }

    boolean pending() {
        return status == Status.PENDING;
    }

    Long id() {
        return id;
    }

    long centreId() {
        return centreId;
    }

    long principalId() {
        return principalId;
    }

    Kind kind() {
        return kind;
    }

    BaseOperation operation() {
        return operation;
    }

    Long unitId() {
        return unitId;
    }

    String proposedBy() {
        return proposedBy;
    }

    Instant proposedAt() {
        return proposedAt;
    }

    Status status() {
        return status;
    }

    int version() {
        return version;
    }
}
