package se.samverka.plan;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.platform.Refusal;
import se.samverka.platform.Texts;
import se.samverka.rules.PlanState;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Drawing up, following up, evaluating and adopting a centre's operational plans. Does not authorise: the pages
 * decide first.
 */
@Service
class PlanWork {

    static final String AUDIT_TYPE = "plan";

    private final Plans plans;
    private final FollowUps followUps;
    private final Corrections corrections;
    private final AuditLog audit;
    private final Clock clock;
    private final Texts texts;

    PlanWork(Plans plans, FollowUps followUps, Corrections corrections, AuditLog audit, Clock clock, Texts texts) {
        this.plans = plans;
        this.followUps = followUps;
        this.corrections = corrections;
        this.audit = audit;
        this.clock = clock;
        this.texts = texts;
    }

    /** A plan with its follow-up per goal and the corrections beside what they correct. */
    record PlanView(Plan plan, List<GoalView> goals, List<Correction> overallCorrections, FollowUp latest) {
    }

    /**
     * A goal as the page shows it: {@code number} is its place in the plan, from 1 (Mål 1 …); forms and links name it
     * by its key.
     */
    record GoalView(int number, Goal goal, List<FollowUpView> followUps, List<Correction> corrections) {

        public int key() {
            return goal.goalKey();
        }
    }

    /** An entry; {@code correctedBy} are the later entries that correct it, {@code corrected} the one it corrects. */
    record FollowUpView(FollowUp entry, FollowUp corrected, List<FollowUp> correctedBy) {
    }

    int thisYear() {
        return LocalDate.now(clock).getYear();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public List<Plan> plans(long centreId) {
        return plans.findByCentreIdOrderByYearDesc(centreId);
    }

    @Transactional(readOnly = true)
    public Optional<Plan> plan(long centreId, int year) {
        return plans.findByCentreIdAndYear(centreId, year);
    }

    @Transactional(readOnly = true)
    public Optional<PlanView> view(long centreId, int year) {
        return plans.findByCentreIdAndYear(centreId, year).map(this::view);
    }

    private PlanView view(Plan plan) {
        List<FollowUp> entries = followUps.findByPlanIdOrderByEnteredOnDescIdDesc(plan.id());
        Map<Long, FollowUp> byId = entries.stream().collect(Collectors.toMap(FollowUp::id, e -> e));
        List<Correction> all = corrections.findByPlanIdOrderByIdAsc(plan.id());
        List<GoalView> goals = new ArrayList<>();
        for (int i = 0; i < plan.goals().size(); i++) {
            int key = plan.goals().get(i).goalKey();
            List<FollowUpView> views = entries.stream().filter(e -> e.goalKey() == key)
                    .map(e -> new FollowUpView(e, e.corrects() == null ? null : byId.get(e.corrects()),
                            entries.stream().filter(c -> e.id().equals(c.corrects()))
                                    .sorted(Comparator.comparing(FollowUp::id)).toList()))
                    .toList();
            goals.add(new GoalView(i + 1, plan.goals().get(i), views,
                    all.stream().filter(c -> c.goalKey() != null && c.goalKey() == key).toList()));
        }
        return new PlanView(plan, goals, all.stream().filter(c -> c.goalKey() == null).toList(),
                entries.isEmpty() ? null : entries.getFirst());
    }

    /** What R12 needs of the centre's plan for a year. */
    @Transactional(readOnly = true)
    public PlanState state(long centreId, int year) {
        return plans.findByCentreIdAndYear(centreId, year)
                .map(p -> new PlanState(year, true, !p.activeGoals().isEmpty(), p.locked() && p.evaluated()))
                .orElseGet(() -> PlanState.none(year));
    }

    @Transactional
    public void draw(long centreId, int year) {
        if (plans.findByCentreIdAndYear(centreId, year).isPresent()) {
            throw new Refusal("plan.refused.exists", String.valueOf(year));
        }
        Plan plan;
        try {
            plan = plans.save(Plan.of(centreId, year));
        } catch (DuplicateKeyException drawnMeanwhile) {
            throw new Refusal("plan.refused.exists", String.valueOf(year));
        }
        audit.record(AuditAction.CREATE, AUDIT_TYPE, plan.id(), "verksamhetsplan för " + year + " upprättad");
    }

    @Transactional
    public void add(long centreId, int year, Goal goal, int expectedVersion) {
        Plan plan = existing(centreId, year);
        plan.add(goal, expectedVersion);
        plans.save(plan);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, plan.id(), "mål tillagt");
    }

    @Transactional
    public void add(long centreId, int year, Activity activity, int expectedVersion) {
        Plan plan = existing(centreId, year);
        plan.add(activity, expectedVersion);
        plans.save(plan);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, plan.id(), "aktivitet planerad: " + texts.message("plan.activity." + activity.kind().name()));
    }

    /** Removes a goal not yet followed up; one that has been is withdrawn and kept with its follow-ups. */
    @Transactional
    public boolean removeGoal(long centreId, int year, int goal, int expectedVersion) {
        Plan plan = existing(centreId, year);
        int number = plan.number(goal);
        boolean followedUp = followUps.findByPlanIdOrderByEnteredOnDescIdDesc(plan.id()).stream()
                .anyMatch(f -> f.goalKey() == goal);
        boolean withdrawn = plan.removeGoal(goal, followedUp, expectedVersion);
        plans.save(plan);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, plan.id(), "mål " + number + (withdrawn
                ? " återtaget, med sina uppföljningar" : " borttaget"));
        return withdrawn;
    }

    @Transactional
    public void removeActivity(long centreId, int year, int activity, int expectedVersion) {
        Plan plan = existing(centreId, year);
        List<Activity> listed = plan.activities();
        int number = 1 + java.util.stream.IntStream.range(0, listed.size())
                .filter(i -> listed.get(i).activityKey() == activity).findFirst().orElse(-1);
        plan.removeActivity(activity, expectedVersion);
        plans.save(plan);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, plan.id(), "aktivitet " + number + " borttagen");
    }

    @Transactional
    public void followUp(long centreId, int year, int goal, LocalDate enteredOn, String value, String comment,
                         Long corrects, String recordedBy) {
        Plan plan = existing(centreId, year);
        plan.expectOpen();
        plan.activeGoal(goal);
        if (enteredOn.getYear() != year) {
            throw new Refusal("plan.refused.follow-up-outside-year", String.valueOf(year));
        }
        if (enteredOn.isAfter(today())) {
            throw new Refusal("plan.refused.follow-up-in-future");
        }
        FollowUp corrected = null;
        if (corrects != null) {
            corrected = followUps.findById(corrects).orElseThrow(() -> new Refusal("plan.refused.no-such-follow-up"));
            if (corrected.planId() != plan.id() || corrected.goalKey() != goal) {
                throw new Refusal("plan.refused.no-such-follow-up");
            }
        }
        followUps.save(new FollowUp(null, plan.id(), goal, enteredOn, value, comment, corrects, recordedBy,
                clock.instant()));
        audit.record(AuditAction.CREATE, AUDIT_TYPE, plan.id(), "uppföljning av mål " + plan.number(goal) + " "
                + enteredOn + (corrected == null ? "" : ", rättar uppföljningen " + corrected.enteredOn()));
    }

    @Transactional
    public void assess(long centreId, int year, int goal, Assessment assessment, String comment, int expectedVersion) {
        Plan plan = existing(centreId, year);
        plan.assess(goal, assessment, comment, expectedVersion);
        plans.save(plan);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, plan.id(), "mål " + plan.number(goal) + " utvärderat: "
                + texts.message("plan.assessment." + assessment.name()));
    }

    @Transactional
    public void evaluate(long centreId, int year, String overall, int expectedVersion) {
        Plan plan = existing(centreId, year);
        plan.evaluate(overall, expectedVersion);
        plans.save(plan);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, plan.id(), "utvärdering av helheten skriven");
    }

    @Transactional
    public void lock(long centreId, int year, String by, int expectedVersion) {
        Plan plan = existing(centreId, year);
        plan.lock(by, clock.instant(), expectedVersion);
        plans.save(plan);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, plan.id(), "verksamhetsplan och utvärdering fastställda");
    }

    @Transactional
    public void correct(long centreId, int year, Integer goal, String text, String recordedBy) {
        Plan plan = existing(centreId, year);
        if (!plan.locked()) {
            throw new Refusal("plan.refused.correction-before-lock");
        }
        if (goal != null) {
            plan.goal(goal);
        }
        corrections.save(new Correction(null, plan.id(), goal, text, recordedBy, clock.instant()));
        audit.record(AuditAction.CREATE, AUDIT_TYPE, plan.id(),
                "rättelse" + (goal == null ? " av utvärderingen" : " av mål " + plan.number(goal)));
    }

    private Plan existing(long centreId, int year) {
        return plans.findByCentreIdAndYear(centreId, year)
                .orElseThrow(() -> Refusal.absent("plan.refused.no-plan", String.valueOf(year)));
    }
}
