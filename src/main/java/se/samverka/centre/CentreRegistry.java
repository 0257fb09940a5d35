package se.samverka.centre;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.identity.Actor;
import se.samverka.identity.Role;
import se.samverka.organisation.Municipality;
import se.samverka.organisation.Organisations;
import se.samverka.organisation.PrincipalSummary;
import se.samverka.organisation.UnitSummary;
import se.samverka.rules.Classifier;
import se.samverka.rules.CentreConfiguration;
import se.samverka.rules.Governance;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The centre module's public API for reading and changing centres and steering groups. It does not
 * authorise: callers decide with {@link CentreAccess} first. Every change and every read of personal
 * data is audited in the same transaction.
 */
@Service
public class CentreRegistry {

    static final String CENTRE = "centre";
    static final String STEERING_GROUP = "steering_group";

    private final Centres centres;
    private final SteeringGroups steeringGroups;
    private final Organisations organisations;
    private final AuditLog audit;
    private final CentreQueries queries;
    private final CentreAccess access;
    private final CentreLookups lookups;
    private final CentreHistory history;

    CentreRegistry(Centres centres, SteeringGroups steeringGroups, Organisations organisations, AuditLog audit,
                   CentreQueries queries, CentreAccess access, CentreLookups lookups, CentreHistory history) {
        this.history = history;
        this.centres = centres;
        this.steeringGroups = steeringGroups;
        this.organisations = organisations;
        this.audit = audit;
        this.queries = queries;
        this.access = access;
        this.lookups = lookups;
    }

    /** The centres where the actor may do the action, for lists, to-do lists and feeds; no personal data, not audited. */
    @Transactional(readOnly = true)
    public List<CentreSummary> where(Actor actor, CentreAction action) {
        return queries.summaries(CentreQueries.Filter.NONE, access.scope(actor).visibility(action));
    }

    /** What the actor answers for: the centres they act on and those the county follows up; not audited. */
    @Transactional(readOnly = true)
    public Responsibility responsibility(Actor actor) {
        List<CentreSummary> following = where(actor, CentreAction.FOLLOW);
        List<CentreSummary> actedOn = where(actor, CentreAction.DESCRIBE);
        if (!(actor.isCountyAdmin() || actor.has(Role.COUNTY_VIEWER) || actor.has(Role.SUB_REGION_VIEWER))) {
            return new Responsibility(actedOn, List.of(), following);
        }
        Set<Long> acted = actedOn.stream().map(CentreSummary::id).collect(Collectors.toSet());
        return new Responsibility(actedOn, following.stream().filter(c -> !acted.contains(c.id())).toList(),
                following);
    }

    /** The centre with its coordinator and steering group; the read is audited. */
    @Transactional
    public Optional<CentreView> view(long id) {
        Optional<CentreView> view = centres.findById(id).map(this::toView);
        view.ifPresent(v -> audit.read(CENTRE, id, "samordnare och styrgrupp"));
        return view;
    }

    /** What access to the centre depends on; no personal data, not audited. */
    @Transactional(readOnly = true)
    public Optional<CentreAccess.Facts> facts(long id) {
        return lookups.facts(id);
    }

    private CentreAccess.Facts facts(Centre centre) {
        return facts(centre, units(centre));
    }

    private static CentreAccess.Facts facts(Centre centre, Map<Long, UnitSummary> units) {
        return new CentreAccess.Facts(centre.id(), centre.municipalityCode(), units.keySet(),
                units.values().stream().map(u -> u.principal().id()).collect(Collectors.toSet()));
    }

    /** What access to each centre the steering group governs depends on; empty when there is no such group. */
    @Transactional(readOnly = true)
    public Optional<List<CentreAccess.Facts>> governedBy(long steeringGroupId) {
        if (!steeringGroups.existsById(steeringGroupId)) {
            return Optional.empty();
        }
        return Optional.of(centres.findBySteeringGroupId(steeringGroupId).stream()
                .map(this::facts)
                .toList());
    }

    /** The participating operations and the coordinator's employer, for shared costs; no personal data, not audited. */
    @Transactional(readOnly = true)
    public Optional<CentreParticipants> participants(long id) {
        return centres.findById(id).map(centre -> {
            Map<Long, UnitSummary> units = units(centre);
            List<CentreParticipants.Participant> operations = centre.participationsInOrder().stream()
                    .map(p -> {
                        UnitSummary unit = units.get(p.unitId());
                        return new CentreParticipants.Participant(p.operation(), unit.name(), unit.principal().id(),
                                unit.principal().name());
                    })
                    .toList();
            Coordinator coordinator = centre.coordinator();
            return new CentreParticipants(id, centre.name(), operations,
                    coordinator == null ? null : coordinator.employerId(), centre.establishedOn(), facts(centre, units));
        });
    }

    @Transactional
    public long register(CentreDescription description) {
        Centre centre = centres.save(Centre.register(description));
        history.record(centre, true);
        audit.record(AuditAction.CREATE, CENTRE, centre.id(), "registrerad");
        return centre.id();
    }

    @Transactional
    public void describe(long id, int expectedVersion, CentreDescription description) {
        Centre centre = load(id);
        centre.describe(description, expectedVersion);
        history.record(centres.save(centre), false);
        audit.record(AuditAction.UPDATE, CENTRE, id, "uppgifter, basverksamheter och andra aktörer");
    }

    @Transactional
    public void appoint(long id, int expectedVersion, Coordinator coordinator) {
        Centre centre = load(id);
        centre.appoint(coordinator, expectedVersion);
        history.record(centres.save(centre), false);
        audit.record(AuditAction.UPDATE, CENTRE, id, "samordnare utsedd");
    }

    @Transactional
    public void dismissCoordinator(long id, int expectedVersion) {
        Centre centre = load(id);
        centre.dismissCoordinator(expectedVersion);
        history.record(centres.save(centre), false);
        audit.record(AuditAction.UPDATE, CENTRE, id, "samordnare borttagen");
    }

    @Transactional
    public void governBy(long id, int expectedVersion, Long steeringGroupId) {
        Centre centre = load(id);
        centre.governBy(steeringGroupId, expectedVersion);
        history.record(centres.save(centre), false);
        audit.record(AuditAction.UPDATE, CENTRE, id,
                steeringGroupId == null ? "styrgrupp borttagen" : "styrs av styrgruppen "
                        + steeringGroups.findById(steeringGroupId).map(SteeringGroup::name).orElse("som inte finns"));
    }

    /** Forms a new steering group, without members yet, and lets it govern the centre. */
    @Transactional
    public long formSteeringGroup(long centreId, int expectedVersion, String name) {
        SteeringGroup group = steeringGroups.save(SteeringGroup.form(name, List.of()));
        audit.record(AuditAction.CREATE, STEERING_GROUP, group.id(), "bildad");
        governBy(centreId, expectedVersion, group.id());
        return group.id();
    }

    @Transactional
    public void reconstitute(long steeringGroupId, int expectedVersion, String name, List<SteeringGroupMember> members) {
        SteeringGroup group = steeringGroups.findById(steeringGroupId)
                .orElseThrow(() -> new IllegalArgumentException("Okänd styrgrupp"));
        group.reconstitute(name, members, expectedVersion);
        steeringGroups.save(group);
        audit.record(AuditAction.UPDATE, STEERING_GROUP, steeringGroupId, "namn och ledamöter, " + members.size() + " st");
    }

    @Transactional
    public Optional<CentreView.SteeringGroupView> steeringGroup(long id) {
        Optional<CentreView.SteeringGroupView> group = steeringGroups.findById(id).map(this::toView);
        group.ifPresent(g -> audit.read(STEERING_GROUP, id, "ledamöter"));
        return group;
    }

    private Centre load(long id) {
        return centres.findById(id).orElseThrow(() -> new IllegalArgumentException("Okänt familjecentrum"));
    }

    private Map<Long, UnitSummary> units(Centre centre) {
        return organisations.units(centre.participationsInOrder().stream().map(UnitParticipation::unitId).toList());
    }

    private CentreView toView(Centre centre) {
        Map<Long, UnitSummary> units = units(centre);
        List<CentreView.ParticipationView> participations = centre.participationsInOrder().stream()
                .map(p -> new CentreView.ParticipationView(p.operation(), units.get(p.unitId()), p.coLocated()))
                .toList();
        Set<Long> principalIds = units.values().stream().map(u -> u.principal().id()).collect(Collectors.toSet());
        Municipality municipality = organisations.municipality(centre.municipalityCode()).orElseThrow();
        SteeringGroup group = centre.steeringGroupId() == null ? null
                : lookups.steeringGroup(centre.steeringGroupId()).orElse(null);
        Coordinator coordinator = centre.coordinator();
        CentreView.CoordinatorView coordinatorView = coordinator == null ? null
                : new CentreView.CoordinatorView(coordinator.name(), employer(coordinator, units),
                coordinator.serviceGrade(), coordinator.appointedOn());
        Governance governance = new Governance(group != null,
                group == null ? Set.of() : group.managedOperations(),
                coordinator == null ? null : new Governance.CoordinatorFacts(coordinator.serviceGrade(),
                        principalIds.contains(coordinator.employerId())));
        CentreConfiguration configuration = centre.configuration();
        return new CentreView(centre.id(), centre.name(), centre.address(), municipality, centre.prioritisedArea(),
                centre.establishedOn(), participations, centre.otherActors(), group == null ? null : toView(group), coordinatorView,
                configuration, governance, Classifier.classify(configuration), centre.version());
    }

    /** The coordinator's employer, most often a principal whose unit takes part and that is read already. */
    private PrincipalSummary employer(Coordinator coordinator, Map<Long, UnitSummary> units) {
        return units.values().stream().map(UnitSummary::principal)
                .filter(principal -> principal.id() == coordinator.employerId())
                .findFirst()
                .orElseGet(() -> organisations.principal(coordinator.employerId()).orElseThrow());
    }

    private CentreView.SteeringGroupView toView(SteeringGroup group) {
        return new CentreView.SteeringGroupView(group.id(), group.name(), group.members(),
                lookups.governedBy(group.id()), group.version());
    }
}
