package se.samverka.organisation;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import se.samverka.rules.BaseOperation;

/** A unit of a principal that runs one base operation, e.g. a child health centre (BVC). */
@Table("unit")
class Unit {

    @Id
    private Long id;
    private final Long principalId;
    private String name;
    private final BaseOperation operation;
    private String hsaId;
    @Version
    private Integer version;

    @PersistenceCreator
    Unit(Long id, Long principalId, String name, BaseOperation operation, String hsaId, Integer version) {
        this.id = id;
        this.principalId = principalId;
        this.name = name;
        this.operation = operation;
        this.hsaId = hsaId;
        this.version = version;
    }

    static Unit create(Principal principal, String name, BaseOperation operation, HsaId hsaId) {
        if (!principal.kind().runs(operation)) {
            throw new IllegalArgumentException(principal.kind() + " does not run " + operation);
        }
        return new Unit(null, principal.id(), name.trim(), operation, hsaId == null ? null : hsaId.value(), null);
    }

    void update(String name, HsaId hsaId, int expectedVersion) {
        this.version = expectedVersion;
        this.name = name.trim();
        this.hsaId = hsaId == null ? null : hsaId.value();
    }

    UnitSummary summary(PrincipalSummary principal) {
        return new UnitSummary(id, name, operation, hsaId, principal, version);
    }

    Long id() {
        return id;
    }

    Long principalId() {
        return principalId;
    }
}
