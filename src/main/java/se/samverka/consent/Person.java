package se.samverka.consent;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * A person in one operation's register at one centre (R13d): the same human being in two operations is two
 * persons. The identity number is held sealed ({@link IdentityNumberVault}); a person without one has a reserve
 * number. Protected identity (R13e) is set by staff until a population register says it.
 */
@Table("person")
class Person {

    @Id
    private Long id;
    private final long centreId;
    private final long unitId;
    private PersonKind kind;
    private String name;
    private final byte[] identityNumber;
    private final byte[] identityNumberHash;
    private final String reserveNumber;
    private boolean protectedIdentity;
    private Boolean jointCustody;
    private String custodian1;
    private String custodian2;
    private final Instant registeredAt;
    @Version
    private int version;

    @PersistenceCreator
    Person(Long id, long centreId, long unitId, PersonKind kind, String name, byte[] identityNumber,
           byte[] identityNumberHash, String reserveNumber, boolean protectedIdentity, Boolean jointCustody,
           String custodian1, String custodian2, Instant registeredAt, int version) {
        this.id = id;
        this.centreId = centreId;
        this.unitId = unitId;
        this.kind = kind;
        this.name = name;
        this.identityNumber = identityNumber;
        this.identityNumberHash = identityNumberHash;
        this.reserveNumber = reserveNumber;
        this.protectedIdentity = protectedIdentity;
        this.jointCustody = jointCustody;
        this.custodian1 = custodian1;
        this.custodian2 = custodian2;
        this.registeredAt = registeredAt;
        this.version = version;
    }

    static Person register(long centreId, long unitId, PersonDetails details, SealedIdentity identity,
                           Instant now) {
        Objects.requireNonNull(identity);
        return new Person(null, centreId, unitId, details.kind(), details.name(), identity.cipher(), identity.hash(),
                identity.reserveNumber(), details.protectedIdentity(), details.jointCustody(), details.custodian1(),
                details.custodian2(), now, 0);
    }

    /** Corrects what staff wrote, or marks protected identity; the identity number stays, a wrong one is a new person. */
    void correct(PersonDetails details, int expectedVersion) {
        if (expectedVersion != version) {
            throw new OptimisticLockingFailureException("person " + id + " changed meanwhile");
        }
        this.kind = details.kind();
        this.name = details.name();
        this.protectedIdentity = details.protectedIdentity();
        this.jointCustody = details.jointCustody();
        this.custodian1 = details.custodian1();
        this.custodian2 = details.custodian2();
    }

    PersonDetails details() {
        return new PersonDetails(kind, name, protectedIdentity, jointCustody, custodian1, custodian2);
    }

    Long id() {
        return id;
    }

    long centreId() {
        return centreId;
    }

    long unitId() {
        return unitId;
    }

    byte[] identityNumber() {
        return identityNumber;
    }

    byte[] identityNumberHash() {
        return identityNumberHash;
    }

    String reserveNumber() {
        return reserveNumber;
    }

    boolean protectedIdentity() {
        return protectedIdentity;
    }

    Instant registeredAt() {
        return registeredAt;
    }

    int version() {
        return version;
    }
}
