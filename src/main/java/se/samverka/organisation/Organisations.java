package se.samverka.organisation;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.platform.Texts;
import se.samverka.rules.BaseOperation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The organisation module's public API: municipalities, principals and units. */
@Service
public class Organisations {

    private static final String UNIT_SELECT = """
            select u.id, u.name, u.operation, u.hsa_id, u.version,
                   p.id as p_id, p.kind as p_kind, p.name as p_name, p.organisation_number as p_organisation_number,
                   p.municipality_code as p_municipality_code, p.version as p_version
            from unit u join principal p on p.id = u.principal_id
            """;

    private static final RowMapper<PrincipalSummary> PRINCIPAL = (rs, row) -> new PrincipalSummary(
            rs.getLong("id"), PrincipalKind.valueOf(rs.getString("kind")), rs.getString("name"),
            rs.getString("organisation_number"), rs.getString("municipality_code"), rs.getInt("version"));

    private static final RowMapper<UnitSummary> UNIT = (rs, row) -> new UnitSummary(
            rs.getLong("id"), rs.getString("name"), BaseOperation.valueOf(rs.getString("operation")),
            rs.getString("hsa_id"),
            new PrincipalSummary(rs.getLong("p_id"), PrincipalKind.valueOf(rs.getString("p_kind")),
                    rs.getString("p_name"), rs.getString("p_organisation_number"),
                    rs.getString("p_municipality_code"), rs.getInt("p_version")),
            rs.getInt("version"));

    private final JdbcClient jdbc;
    private final Principals principals;
    private final Units units;
    private final AuditLog audit;
    private final Texts texts;

    Organisations(JdbcClient jdbc, Principals principals, Units units, AuditLog audit, Texts texts) {
        this.jdbc = jdbc;
        this.principals = principals;
        this.units = units;
        this.audit = audit;
        this.texts = texts;
    }

    /**
     * The sub-regions and municipalities are reference data that only a migration changes (nothing in the application
     * writes them), so they are read once per process; every instance starts after the migration that changed them.
     */
    private volatile ReferenceData reference;

    private record ReferenceData(List<SubRegion> subRegions, List<Municipality> municipalities) {
    }

    private ReferenceData reference() {
        ReferenceData read = reference;
        if (read == null) {
            read = new ReferenceData(jdbc.sql("select code, name, id from sub_region order by name")
                    .query((rs, row) -> new SubRegion(rs.getString("code"), rs.getString("name"), rs.getInt("id")))
                    .list(), readMunicipalities());
            reference = read;
        }
        return read;
    }

    public List<SubRegion> subRegions() {
        return reference().subRegions();
    }

    public List<Municipality> municipalities() {
        return reference().municipalities();
    }

    public Optional<SubRegion> subRegion(long id) {
        return subRegions().stream().filter(s -> s.id() == id).findFirst();
    }

    private List<Municipality> readMunicipalities() {
        return jdbc.sql("""
                        select m.code, m.name, s.code as s_code, s.name as s_name, s.id as s_id
                        from municipality m join sub_region s on s.code = m.sub_region
                        order by m.name collate "sv-SE-x-icu"
                        """)
                .query((rs, row) -> new Municipality(rs.getString("code"), rs.getString("name"),
                        new SubRegion(rs.getString("s_code"), rs.getString("s_name"), rs.getInt("s_id"))))
                .list();
    }

    public Optional<Municipality> municipality(String code) {
        return municipalities().stream().filter(m -> m.code().equals(code)).findFirst();
    }

    public List<PrincipalSummary> principals() {
        return jdbc.sql("""
                        select id, kind, name, organisation_number, municipality_code, version from principal
                        order by case kind when 'REGION' then 0 when 'MUNICIPALITY' then 1 else 2 end,
                                 name collate "sv-SE-x-icu"
                        """)
                .query(PRINCIPAL).list();
    }

    public Optional<PrincipalSummary> principal(long id) {
        return principals.findById(id).map(Principal::summary);
    }

    public Optional<PrincipalSummary> municipalPrincipal(String municipalityCode) {
        return jdbc.sql("select id, kind, name, organisation_number, municipality_code, version from principal "
                        + "where municipality_code = :code")
                .param("code", municipalityCode).query(PRINCIPAL).optional();
    }

    public Optional<UnitSummary> unit(long id) {
        return jdbc.sql(UNIT_SELECT + " where u.id = :id").param("id", id).query(UNIT).optional();
    }

    public Map<Long, UnitSummary> units(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(UNIT_SELECT + " where u.id in (:ids)").param("ids", ids).query(UNIT).list().stream()
                .collect(Collectors.toMap(UnitSummary::id, Function.identity()));
    }

    public List<UnitSummary> units(BaseOperation operation) {
        return jdbc.sql(UNIT_SELECT + " where u.operation = :operation order by u.name collate \"sv-SE-x-icu\"")
                .param("operation", operation.name()).query(UNIT).list();
    }

    public List<UnitSummary> unitsOf(long principalId) {
        return jdbc.sql(UNIT_SELECT + " where p.id = :principal order by u.name collate \"sv-SE-x-icu\"")
                .param("principal", principalId).query(UNIT).list();
    }

    public List<UnitSummary> allUnits() {
        return jdbc.sql(UNIT_SELECT + " order by p.name collate \"sv-SE-x-icu\", u.name collate \"sv-SE-x-icu\"")
                .query(UNIT).list();
    }

    @Transactional
    public long createPrivateProvider(String name, OrganisationNumber number) {
        Principal principal = principals.save(Principal.privateProvider(name, number));
        audit.record(AuditAction.CREATE, OrganisationAuditNames.PRINCIPAL, principal.id(), "privat vårdgivare");
        return principal.id();
    }

    @Transactional
    public void updatePrincipal(long id, int expectedVersion, String name, OrganisationNumber number) {
        Principal principal = principals.findById(id).orElseThrow(() -> new IllegalArgumentException("Okänd huvudman"));
        principal.update(name, number, expectedVersion);
        principals.save(principal);
        audit.record(AuditAction.UPDATE, OrganisationAuditNames.PRINCIPAL, id, "namn och organisationsnummer");
    }

    @Transactional
    public long createUnit(long principalId, String name, BaseOperation operation, HsaId hsaId) {
        Principal principal = principals.findById(principalId)
                .orElseThrow(() -> new IllegalArgumentException("Okänd huvudman"));
        Unit unit = units.save(Unit.create(principal, name, operation, hsaId));
        audit.record(AuditAction.CREATE, OrganisationAuditNames.UNIT, unit.id(), "enhet för " + texts.operation(operation));
        return unit.id();
    }

    @Transactional
    public void updateUnit(long id, int expectedVersion, String name, HsaId hsaId) {
        Unit unit = units.findById(id).orElseThrow(() -> new IllegalArgumentException("Okänd enhet"));
        unit.update(name, hsaId, expectedVersion);
        units.save(unit);
        audit.record(AuditAction.UPDATE, OrganisationAuditNames.UNIT, id, "namn och HSA-id");
    }
}
