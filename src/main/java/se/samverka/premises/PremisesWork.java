package se.samverka.premises;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.platform.Refusal;
import se.samverka.platform.RequestMemo;
import se.samverka.platform.Texts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Recording a centre's shared areas and its fire-safety work. Does not authorise: the pages decide first.
 * The representative's name is personal data, so reading it is audited.
 */
@Service
class PremisesWork {

    static final String AUDIT_TYPE = "premises";

    private final PremisesRegister register;
    private final FireSafetyChecks checks;
    private final AuditLog audit;
    private final Clock clock;
    private final Texts texts;
    private final PremisesLookups lookups;

    PremisesWork(PremisesRegister register, FireSafetyChecks checks, AuditLog audit, Clock clock, Texts texts,
                 PremisesLookups lookups) {
        this.register = register;
        this.checks = checks;
        this.audit = audit;
        this.clock = clock;
        this.texts = texts;
        this.lookups = lookups;
    }

    /** The centre's premises as recorded, or empty ones with the default intervals. */
    @Transactional
    public Premises read(long centreId) {
        Premises premises = recorded(centreId).orElseGet(() -> Premises.of(centreId));
        if (premises.fireSafety().representative() != null) {
            audit.read(AUDIT_TYPE, centreId, "brandskyddsombud");
        }
        return premises;
    }

    /** The centre's premises as recorded, read once per GET request: its page and its checklist both need them. */
    Optional<Premises> recorded(long centreId) {
        return RequestMemo.remember("premises-" + centreId, () -> lookups.premises(centreId));
    }

    /** The latest fire-safety check of each kind, what {@link #due} needs. */
    List<FireSafetyCheck> latest(long centreId) {
        return checks.latestOfEachKind(centreId);
    }

    @Transactional
    public void add(long centreId, Area area) {
        Premises premises = register.findByCentreId(centreId).orElseGet(() -> Premises.of(centreId));
        premises.add(area);
        register.save(premises);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, centreId, "gemensam yta tillagd: " + texts.message("premises.area." + area.kind().name()));
    }

    @Transactional
    public void remove(long centreId, int index, int expectedVersion) {
        Premises premises = register.findByCentreId(centreId)
                .orElseThrow(() -> new Refusal("premises.refused.no-such-area"));
        premises.remove(index, expectedVersion);
        register.save(premises);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, centreId, "gemensam yta borttagen");
    }

    @Transactional
    public void organise(long centreId, FireSafetyTerms terms, int expectedVersion) {
        Premises premises = register.findByCentreId(centreId).orElseGet(() -> Premises.of(centreId));
        premises.organise(terms, expectedVersion);
        register.save(premises);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, centreId, "systematiskt brandskyddsarbete ändrat");
    }

    @Transactional
    public void record(long centreId, FireSafetyKind kind, LocalDate performedOn, String outcome, boolean deviations,
                    String recordedBy) {
        if (performedOn.isAfter(LocalDate.now(clock))) {
            throw new Refusal("premises.refused.check-in-future");
        }
        checks.save(new FireSafetyCheck(null, centreId, kind, performedOn, outcome, deviations, recordedBy,
                clock.instant()));
        audit.record(AuditAction.CREATE, AUDIT_TYPE, centreId, "brandskyddskontroll loggad: " + texts.message("premises.check." + kind.name()));
    }

    @Transactional(readOnly = true)
    public List<FireSafetyCheck> log(long centreId) {
        return checks.findByCentreIdOrderByPerformedOnDescIdDesc(centreId);
    }

    List<Due> due(Premises premises, List<FireSafetyCheck> log) {
        return Due.of(premises.fireSafety(), log, LocalDate.now(clock));
    }
}
