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
    /** How many goal keys the plan has given: the next goal's key. */
    private int goalKeys;
    /** How many activity keys the plan has given: the next activity's key. */
    private int activityKeys;
    private String overallEvaluation;
    private Instant lockedAt;
    private String lockedBy;
    @Version
    private int version;

    @PersistenceCreator
    Plan(Long id, long centreId, int year, List<Goal> goals, List<Activity> activities, int goalKeys,
         int activityKeys, String overallEvaluation, Instant lockedAt, String lockedBy, int version) {
        this.id = id;
        this.centreId = centreId;
        this.year = year;
        this.goals = new ArrayList<>(goals);
        this.activities = new ArrayList<>(activities);
        this.goalKeys = goalKeys;
        this.activityKeys = activityKeys;
        this.overallEvaluation = overallEvaluation;
        this.lockedAt = lockedAt;
        this.lockedBy = lockedBy;
        this.version = version;
    }

    static Plan of(long centreId, int year) {
        return new Plan(null, centreId, year, List.of(), List.of(), 0, 0, null, null, null, 0);
    }

    void add(Goal goal, int expectedVersion) {
        expectChangeable(expectedVersion);
        if (goals.size() >= MAX_GOALS) {
            throw new Refusal("plan.refused.too-many-goals");
        }
        goals.add(goal.keyed(goalKeys++));
    }

    void add(Activity activity, int expectedVersion) {
        expectChangeable(expectedVersion);
        if (activities.size() >= MAX_ACTIVITIES) {
            throw new Refusal("plan.refused.too-many-activities");
        }
        if (activity.plannedOn() != null && activity.plannedOn().getYear() != year) {
            throw new IllegalArgumentException("an activity is planned within the plan's year");
        }
        activities.add(activity.keyed(activityKeys++));
    }

    /**
     * Takes back a goal before adoption. A goal that has been followed up is withdrawn: it stays in the plan, marked
     * so, with its follow-ups, and is no longer assessed; one that has not is removed. Returns whether it was kept
     * as withdrawn.
     */
    boolean removeGoal(int key, boolean followedUp, int expectedVersion) {
        expectChangeable(expectedVersion);
        int index = indexOf(key);
        if (goals.get(index).withdrawn()) {
            throw new Refusal("plan.refused.goal-withdrawn");
        }
        if (followedUp) {
            goals.set(index, goals.get(index).withdraw());
            return true;
        }
        goals.remove(index);
        return false;
    }

    /** Takes back an activity before adoption. */
    void removeActivity(int key, int expectedVersion) {
        expectChangeable(expectedVersion);
        if (!activities.removeIf(a -> a.activityKey() == key)) {
            throw new Refusal("plan.refused.no-such-activity");
        }
    }

    void assess(int key, Assessment assessment, String comment, int expectedVersion) {
        expectChangeable(expectedVersion);
        Goal goal = activeGoal(key);
        goals.set(indexOf(key), goal.assessed(assessment, comment));
    }

    void evaluate(String overall, int expectedVersion) {
        expectChangeable(expectedVersion);
        this.overallEvaluation = Objects.requireNonNull(overall);
    }

    /** Adopts (fastställer) the plan and its evaluation: every goal assessed, an overall evaluation written. */
    void lock(String by, Instant at, int expectedVersion) {
        expectChangeable(expectedVersion);
        if (activeGoals().isEmpty()) {
            throw new Refusal("plan.refused.lock-without-goals");
        }
        if (overallEvaluation == null || activeGoals().stream().anyMatch(g -> g.assessment() == null)) {
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

    /** The goal with this key, withdrawn or not. */
    Goal goal(int key) {
        return goals.get(indexOf(key));
    }

    /** The goal with this key, refused when it is withdrawn. */
    Goal activeGoal(int key) {
        Goal goal = goal(key);
        if (goal.withdrawn()) {
            throw new Refusal("plan.refused.goal-withdrawn");
        }
        return goal;
    }

    /** The goal's number on the page and in the minutes of work (Mål 1, Mål 2 …): its place in the list, from 1. */
    int number(int key) {
        return indexOf(key) + 1;
    }

    private int indexOf(int key) {
        for (int i = 0; i < goals.size(); i++) {
            if (goals.get(i).goalKey() == key) {
                return i;
            }
        }
        throw new Refusal("plan.refused.no-such-goal");
    }

    public boolean locked() {
        return lockedAt != null;
    }

    /** The year-end evaluation is written: every goal pursued assessed and an overall text. */
    public boolean evaluated() {
        List<Goal> active = activeGoals();
        return !active.isEmpty() && overallEvaluation != null && active.stream().allMatch(g -> g.assessment() != null);
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

    /** The goals still pursued, in their order. */
    public List<Goal> activeGoals() {
        return goals.stream().filter(Goal::active).toList();
    }

    int goalKeys() {
        return goalKeys;
    }

    int activityKeys() {
        return activityKeys;
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
