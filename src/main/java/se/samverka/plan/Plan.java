package se.samverka.plan;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import se.samverka.platform.Refusal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A centre's joint operational plan for one calendar year: goals and planned activities, and at the end of the
 * year an evaluation of each goal and of the whole. Once adopted (locked), nothing of it changes anymore.
 */
@Table("plan")
class Plan {

    static final java.time.ZoneId SWEDEN = java.time.ZoneId.of("Europe/Stockholm");
    static final int MAX_GOALS = 30;
    static final int MAX_ACTIVITIES = 100;

    @Id
    private Long id;
    private final long centreId;
    private final int year;
    @MappedCollection(idColumn = "plan_id", keyColumn = "position")
    private List<Goal> goals;
    @MappedCollection(idColumn = "plan_id", keyColumn = "position")
    private List<Activity> activities;
    private String overallEvaluation;
    private Instant lockedAt;
    private String lockedBy;
    @Version
    private int version;

    @PersistenceCreator
    Plan(Long id, long centreId, int year, List<Goal> goals, List<Activity> activities, String overallEvaluation,
         Instant lockedAt, String lockedBy, int version) {
        this.id = id;
        this.centreId = centreId;
        this.year = year;
        this.goals = new ArrayList<>(goals);
        this.activities = new ArrayList<>(activities);
        this.overallEvaluation = overallEvaluation;
        this.lockedAt = lockedAt;
        this.lockedBy = lockedBy;
        this.version = version;
    }

    static Plan of(long centreId, int year) {
        return new Plan(null, centreId, year, List.of(), List.of(), null, null, null, 0);
    }

    void add(Goal goal, int expectedVersion) {
        expectChangeable(expectedVersion);
        if (goals.size() >= MAX_GOALS) {
            throw new Refusal("plan.refused.too-many-goals");
        }
        goals.add(goal);
    }

    void add(Activity activity, int expectedVersion) {
        expectChangeable(expectedVersion);
        if (activities.size() >= MAX_ACTIVITIES) {
            throw new Refusal("plan.refused.too-many-activities");
        }
        if (activity.plannedOn() != null && activity.plannedOn().getYear() != year) {
            throw new IllegalArgumentException("an activity is planned within the plan's year");
        }
        activities.add(activity);
    }

    /**
     * Takes back a goal before adoption. Follow-ups name goals by position and are never changed, so a goal can
     * go only while neither it nor a later goal has been followed up.
     */
    void removeGoal(int index, boolean followedUpFromIt, int expectedVersion) {
        expectChangeable(expectedVersion);
        goal(index);
        if (followedUpFromIt) {
            throw new Refusal("plan.refused.goal-followed-up");
        }
        goals.remove(index);
    }

    /** Takes back an activity before adoption; {@code index} counts in the order {@link #activities()} lists. */
    void removeActivity(int index, int expectedVersion) {
        expectChangeable(expectedVersion);
        List<Activity> listed = activities();
        if (index < 0 || index >= listed.size()) {
            throw new Refusal("plan.refused.no-such-activity");
        }
        activities.remove(listed.get(index));
    }

    void assess(int goal, Assessment assessment, String comment, int expectedVersion) {
        expectChangeable(expectedVersion);
        goals.set(goal(goal), goals.get(goal).assessed(assessment, comment));
    }

    void evaluate(String overall, int expectedVersion) {
        expectChangeable(expectedVersion);
        this.overallEvaluation = Objects.requireNonNull(overall);
    }

    /** Adopts (fastställer) the plan and its evaluation: every goal assessed, an overall evaluation written. */
    void lock(String by, Instant at, int expectedVersion) {
        expectChangeable(expectedVersion);
        if (goals.isEmpty()) {
            throw new Refusal("plan.refused.lock-without-goals");
        }
        if (overallEvaluation == null || goals.stream().anyMatch(g -> g.assessment() == null)) {
            throw new Refusal("plan.refused.lock-without-evaluation");
        }
        this.lockedBy = Objects.requireNonNull(by);
        this.lockedAt = Objects.requireNonNull(at);
    }

    /** Refuses every change once adopted, and a change made from an older version. */
    void expectChangeable(int expectedVersion) {
        expectOpen();
        if (expectedVersion != version) {
            throw new OptimisticLockingFailureException("plan changed meanwhile");
        }
    }

    void expectOpen() {
        if (locked()) {
            throw new Refusal("plan.refused.locked", String.valueOf(year));
        }
    }

    int goal(int index) {
        if (index < 0 || index >= goals.size()) {
            throw new Refusal("plan.refused.no-such-goal");
        }
        return index;
    }

    public boolean locked() {
        return lockedAt != null;
    }

    /** The year-end evaluation is written: every goal assessed and an overall text. */
    public boolean evaluated() {
        return !goals.isEmpty() && overallEvaluation != null && goals.stream().allMatch(g -> g.assessment() != null);
    }

    Long id() {
        return id;
    }

    long centreId() {
        return centreId;
    }

    public int year() {
        return year;
    }

    public List<Goal> goals() {
        return Collections.unmodifiableList(goals);
    }

    public List<Activity> activities() {
        return activities.stream().sorted(java.util.Comparator.comparingInt(Activity::month)
                .thenComparing(a -> a.plannedOn() == null ? 32 : a.plannedOn().getDayOfMonth())).toList();
    }

    public String overallEvaluation() {
        return overallEvaluation;
    }

    public Instant lockedAt() {
        return lockedAt;
    }

    public java.time.LocalDate lockedOn() {
        return lockedAt == null ? null : lockedAt.atZone(SWEDEN).toLocalDate();
    }

    public String lockedBy() {
        return lockedBy;
    }

    public int version() {
        return version;
    }
}
