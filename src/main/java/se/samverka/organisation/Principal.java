package se.samverka.organisation;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("principal")
class Principal {

    @Id
    private Long id;
    private final PrincipalKind kind;
    private String name;
    private String organisationNumber;
    private final String municipalityCode;
    @Version
    private Integer version;

    @PersistenceCreator
    Principal(Long id, PrincipalKind kind, String name, String organisationNumber, String municipalityCode,
              Integer version) {
        this.id = id;
        this.kind = kind;
        this.name = name;
        this.organisationNumber = organisationNumber;
        this.municipalityCode = municipalityCode;
        this.version = version;
    }

    static Principal privateProvider(String name, OrganisationNumber number) {
        return new Principal(null, PrincipalKind.PRIVATE_PROVIDER, name.trim(), number.value(), null, null);
    }

    /** Only a private provider's name may change; the region's and municipalities' are fixed. */
    void update(String name, OrganisationNumber number, int expectedVersion) {
        this.version = expectedVersion;
        if (kind == PrincipalKind.PRIVATE_PROVIDER) {
            this.name = name.trim();
        }
        this.organisationNumber = number.value();
    }

    PrincipalSummary summary() {
        return new PrincipalSummary(id, kind, name, organisationNumber, municipalityCode, version);
    }

    Long id() {
        return id;
    }

    PrincipalKind kind() {
        return kind;
    }
}
