package se.samverka.centre;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.identity.Actor;
import se.samverka.identity.Role;
import se.samverka.organisation.Organisations;
import se.samverka.organisation.PrincipalSummary;
import se.samverka.organisation.UnitSummary;
import se.samverka.platform.Refusal;
import se.samverka.rules.BaseOperation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Changes of a centre that commit a party (docs/authority.md, "A party's consent"): a unit of the party taking part,
 * and the party employing the coordinator. They take effect at once when the user administers the party, and are
 * otherwise proposed to it; the party's administrator accepts or declines. Also records the steering group's
 * coordinator decisions with their dates. Callers authorise the change itself with {@link CentreAccess} first.
 */
@Service
public class PartyConsent {

    static final String AUDIT_TYPE = "centre_proposal";

    private final Centres centres;
    private final CentreRegistry registry;
    private final Proposals proposals;
    private final CoordinatorDecisions decisions;
    private final Organisations organisations;
    private final AuditLog audit;
    private final Clock clock;

    private final CentreHistory history;

    PartyConsent(Centres centres, CentreRegistry registry, Proposals proposals, CoordinatorDecisions decisions,
                 Organisations organisations, AuditLog audit, Clock clock, CentreHistory history) {
        this.history = history;
        this.centres = centres;
        this.registry = registry;
        this.proposals = proposals;
        this.decisions = decisions;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** A centre just registered, and what of it waits for another party's consent. */
    public record Registered(long id, List<ProposalView> proposed) {
    }

    /** Registers the centre with the units whose parties consent now, and proposes the others. */
    @Transactional
    public Registered register(Actor actor, CentreDescription wanted) {
        List<UnitParticipation> now = new ArrayList<>();
        List<UnitParticipation> later = new ArrayList<>();
        Map<Long, UnitSummary> units = units(wanted.participations());
        for (UnitParticipation participation : wanted.participations()) {
            (administers(actor, units.get(participation.unitId())) ? now : later).add(participation);
        }
        long id = registry.register(with(wanted, now));
        return new Registered(id, later.stream()
                .map(participation -> propose(actor, id, participation, units.get(participation.unitId())))
                .toList());
    }

    /**
     * Describes the centre anew. A base operation that keeps its unit, or gets a unit of a party the user
     * administers, changes at once; one that gets another party's unit keeps its unit (or stays out) until that
     * party accepts. Returns the proposals made.
     */
    @Transactional
    public List<ProposalView> describe(Actor actor, long id, int expectedVersion, CentreDescription wanted) {
        Centre centre = centres.findById(id).orElseThrow(() -> new IllegalArgumentException("Okänt familjecentrum"));
        Map<BaseOperation, UnitParticipation> current = new EnumMap<>(BaseOperation.class);
        centre.participationsInOrder().forEach(p -> current.put(p.operation(), p));
        Map<Long, UnitSummary> units = units(wanted.participations());
        List<UnitParticipation> effective = new ArrayList<>();
        List<UnitParticipation> proposed = new ArrayList<>();
        for (UnitParticipation participation : wanted.participations()) {
            UnitParticipation before = current.get(participation.operation());
            if (before != null && before.unitId().equals(participation.unitId())
                    || administers(actor, units.get(participation.unitId()))) {
                effective.add(participation);
            } else {
                if (before != null) {
                    effective.add(before);
                }
                proposed.add(participation);
            }
        }
        registry.describe(id, expectedVersion, with(wanted, effective));
        List<Proposal> pending = proposals.findByCentreIdAndStatusOrderById(id, Proposal.Status.PENDING);
        effective.stream().filter(p -> !p.equals(current.get(p.operation()))).forEach(p ->
                withdrawAt(pending, id, p.operation(), actor));
        return proposed.stream().map(p -> propose(actor, id, p, units.get(p.unitId()))).toList();
    }

    /**
     * Records the steering group's appointment of a coordinator. It takes effect at once when the employer stays the
     * same or the user administers it; otherwise it waits for the employer's consent, and the proposal is returned.
     */
    @Transactional
    public Optional<ProposalView> appoint(Actor actor, long id, int expectedVersion, Coordinator coordinator) {
        Objects.requireNonNull(coordinator.appointedOn(), "the steering group's decision has a date");
        Centre centre = centres.findById(id).orElseThrow(() -> new IllegalArgumentException("Okänt familjecentrum"));
        if (centre.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("centre changed meanwhile");
        }
        List<Proposal> pending = proposals.findByCentreIdAndStatusOrderById(id, Proposal.Status.PENDING);
        withdrawAt(pending, id, null, actor);
        Coordinator before = centre.coordinator();
        if (before != null && before.employerId().equals(coordinator.employerId())
                || actor.holds(Role.PRINCIPAL_ADMIN, coordinator.employerId())) {
            registry.appoint(id, expectedVersion, coordinator);
            decisions.save(CoordinatorDecision.appointed(id, coordinator, actor.username(), clock.instant()));
            return Optional.empty();
        }
        Proposal proposal = proposals.save(Proposal.coordinator(id, coordinator, actor.username(), clock.instant()));
        audit.record(AuditAction.CREATE, AUDIT_TYPE, proposal.id(),
                "samordnare föreslagen, väntar på att den anställande parten godkänner");
        return Optional.of(view(proposal, centre.name()));
    }

    /** Records the steering group's decision to dismiss the coordinator. */
    @Transactional
    public void dismiss(Actor actor, long id, int expectedVersion, LocalDate decidedOn) {
        registry.dismissCoordinator(id, expectedVersion);
        decisions.save(CoordinatorDecision.dismissed(id, Objects.requireNonNull(decidedOn), actor.username(),
                clock.instant()));
    }

    /** The party's administrator consents, and the change takes effect. */
    @Transactional
    public void accept(Actor actor, long proposalId, int expectedVersion) {
        Proposal proposal = answerable(actor, proposalId, expectedVersion);
        Instant now = clock.instant();
        proposal.accept(actor.username(), now);
        proposals.save(proposal);
        Centre centre = centres.findById(proposal.centreId()).orElseThrow();
        if (proposal.kind() == Proposal.Kind.PARTICIPATION) {
            centre.join(proposal.participation());
            history.record(centres.save(centre), false);
            audit.record(AuditAction.UPDATE, CentreRegistry.CENTRE, centre.id(),
                    "enhet deltar efter huvudmannens godkännande");
        } else {
            Coordinator coordinator = proposal.coordinatorAppointment();
            registry.appoint(centre.id(), centre.version(), coordinator);
            decisions.save(CoordinatorDecision.appointed(centre.id(), coordinator, proposal.proposedBy(), now));
        }
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, proposalId, "godkänt av huvudmannen");
    }

    @Transactional
    public void decline(Actor actor, long proposalId, int expectedVersion) {
        Proposal proposal = answerable(actor, proposalId, expectedVersion);
        proposal.decline(actor.username(), clock.instant());
        proposals.save(proposal);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, proposalId, "avböjt av huvudmannen");
    }

    /** What waits for the consent of the parties the user administers; the read is audited. */
    @Transactional
    public List<ProposalView> awaiting(Actor actor) {
        Set<Long> principals = actor.scopes(Role.PRINCIPAL_ADMIN);
        if (principals.isEmpty()) {
            return List.of();
        }
        List<ProposalView> views = views(proposals.findByPrincipalIdInAndStatusOrderById(principals,
                Proposal.Status.PENDING));
        if (!views.isEmpty()) {
            audit.read(AUDIT_TYPE, null, "förslag som väntar på godkännande, " + views.size() + " st");
        }
        return views;
    }

    /** What waits for another party's consent at the centre; the read is audited. */
    @Transactional
    public List<ProposalView> pendingAt(long centreId) {
        List<ProposalView> views = views(proposals.findByCentreIdAndStatusOrderById(centreId,
                Proposal.Status.PENDING));
        if (!views.isEmpty()) {
            audit.read(CentreRegistry.CENTRE, centreId, "förslag som väntar på godkännande");
        }
        return views;
    }

    private Proposal answerable(Actor actor, long proposalId, int expectedVersion) {
        Proposal proposal = proposals.findById(proposalId).orElseThrow(() -> Refusal.absent("proposal.refused.unknown"));
        if (!actor.holds(Role.PRINCIPAL_ADMIN, proposal.principalId())) {
            throw new AccessDeniedException("Inte din huvudmans förslag");
        }
        if (proposal.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("proposal changed meanwhile");
        }
        return proposal;
    }

    private ProposalView propose(Actor actor, long centreId, UnitParticipation participation, UnitSummary unit) {
        List<Proposal> pending = proposals.findByCentreIdAndStatusOrderById(centreId, Proposal.Status.PENDING);
        withdrawAt(pending, centreId, participation.operation(), actor);
        Proposal proposal = proposals.save(Proposal.participation(centreId, unit.principal().id(), participation,
                actor.username(), clock.instant()));
        audit.record(AuditAction.CREATE, AUDIT_TYPE, proposal.id(),
                "enhet föreslagen att delta, väntar på att huvudmannen godkänner");
        return view(proposal, centres.findById(centreId).map(Centre::name).orElse(""));
    }

    /** Withdraws what is pending at the same place: a base operation, or the coordinator when it is null. */
    private void withdrawAt(List<Proposal> pending, long centreId, BaseOperation operation, Actor actor) {
        for (Proposal proposal : pending) {
            boolean samePlace = proposal.centreId() == centreId && (operation == null
                    ? proposal.kind() == Proposal.Kind.COORDINATOR
                    : proposal.kind() == Proposal.Kind.PARTICIPATION && proposal.operation() == operation);
            if (samePlace && proposal.pending()) {
                proposal.withdraw(actor.username(), clock.instant());
                proposals.save(proposal);
                audit.record(AuditAction.UPDATE, AUDIT_TYPE, proposal.id(), "ersatt av en senare ändring");
            }
        }
    }

    private boolean administers(Actor actor, UnitSummary unit) {
        return actor.holds(Role.PRINCIPAL_ADMIN, unit.principal().id());
    }

    private Map<Long, UnitSummary> units(List<UnitParticipation> participations) {
        return organisations.units(participations.stream().map(UnitParticipation::unitId).toList());
    }

    private static CentreDescription with(CentreDescription wanted, List<UnitParticipation> participations) {
        return new CentreDescription(wanted.name(), wanted.address(), wanted.municipalityCode(),
                wanted.prioritisedArea(), participations, wanted.otherActors(), wanted.establishedOn());
    }

    private List<ProposalView> views(List<Proposal> found) {
        Map<Long, String> names = new java.util.HashMap<>();
        centres.findAllById(found.stream().map(Proposal::centreId).distinct().toList())
                .forEach(centre -> names.put(centre.id(), centre.name()));
        return found.stream().map(p -> view(p, names.getOrDefault(p.centreId(), ""))).toList();
    }

    private ProposalView view(Proposal proposal, String centreName) {
        String principal = organisations.principal(proposal.principalId()).map(PrincipalSummary::name).orElse("");
        if (proposal.kind() == Proposal.Kind.PARTICIPATION) {
            UnitParticipation participation = proposal.participation();
            String unit = organisations.unit(participation.unitId()).map(UnitSummary::name).orElse("");
            return new ProposalView(proposal.id(), proposal.centreId(), centreName, proposal.principalId(), principal,
                    proposal.kind().name(), participation.operation(), unit, participation.coLocated(), null, null,
                    null, proposal.proposedBy(), proposal.proposedAt(), proposal.version());
        }
        Coordinator coordinator = proposal.coordinatorAppointment();
        return new ProposalView(proposal.id(), proposal.centreId(), centreName, proposal.principalId(), principal,
                proposal.kind().name(), null, null, null, coordinator.name(), coordinator.serviceGrade(),
                coordinator.appointedOn(), proposal.proposedBy(), proposal.proposedAt(), proposal.version());
    }
}
