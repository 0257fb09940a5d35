package se.samverka.directory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.directory.ActivityForms.ActivityInput;
import se.samverka.platform.Refusal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Adding, changing, publishing and withdrawing a centre's public activities, each audited. Does not authorise. */
@Service
class ActivityWork {

    static final String AUDIT_TYPE = "directory-activity";

    private final PublicActivities activities;
    private final AuditLog audit;
    private final Clock clock;

    ActivityWork(PublicActivities activities, AuditLog audit, Clock clock) {
        this.activities = activities;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public List<PublicActivity> ofCentre(long centreId) {
        return activities.ofCentre(centreId);
    }

    @Transactional(readOnly = true)
    public Optional<PublicActivity> find(long centreId, long id) {
        return activities.find(centreId, id);
    }

    /** The centre's activity, or refused as absent. */
    @Transactional(readOnly = true)
    public PublicActivity read(long centreId, long id) {
        return find(centreId, id).orElseThrow(() -> Refusal.absent("directory.activity.refused.absent"));
    }

    /** Adds the activity as a draft, which the public does not see until it is published. */
    @Transactional
    public long add(long centreId, ActivityInput input) {
        long id = activities.add(centreId, input, clock.instant());
        audit.record(AuditAction.CREATE, AUDIT_TYPE, id, "aktivitet skapad som utkast för familjecentral " + centreId
                + (input.planYear() == null ? "" : " från verksamhetsplanen " + input.planYear()));
        return id;
    }

    @Transactional
    public void change(long centreId, long id, ActivityInput input, int expectedVersion) {
        PublicActivity stored = read(centreId, id);
        activities.update(stored, input, expectedVersion, clock.instant());
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, "aktivitet ändrad");
    }

    @Transactional
    public void publish(long centreId, long id, int expectedVersion) {
        move(centreId, id, expectedVersion, Set.of(ActivityState.DRAFT, ActivityState.CANCELLED),
                ActivityState.PUBLISHED, "aktivitet publicerad");
    }

    /** Takes the activity back from the public: a draft again. */
    @Transactional
    public void unpublish(long centreId, long id, int expectedVersion) {
        move(centreId, id, expectedVersion, Set.of(ActivityState.PUBLISHED, ActivityState.CANCELLED),
                ActivityState.DRAFT, "aktivitet avpublicerad");
    }

    /** Cancels a published activity: the public still sees it, as cancelled. */
    @Transactional
    public void cancel(long centreId, long id, int expectedVersion) {
        move(centreId, id, expectedVersion, Set.of(ActivityState.PUBLISHED), ActivityState.CANCELLED,
                "aktivitet inställd");
    }

    private void move(long centreId, long id, int expectedVersion, Set<ActivityState> from, ActivityState to,
                      String detail) {
        PublicActivity stored = read(centreId, id);
        if (stored.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("activity " + id + " changed since version read");
        }
        if (!from.contains(stored.state())) {
            throw new Refusal("directory.activity.refused.state");
        }
        activities.state(stored, to, expectedVersion, clock.instant());
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, detail);
    }
}
