package se.samverka.plan;

import se.samverka.rules.BaseOperation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A centre's operational plan for one year as other modules read it (the activity report): what the plan page shows,
 * without who recorded what.
 *
 * @param adoptedOn         the day the plan and its evaluation were adopted, or null while open
 * @param overallEvaluation the evaluation of the whole, or null while not written
 * @param corrections       corrections of the overall evaluation after adoption, oldest first
 */
public record PlanYear(int year, LocalDate adoptedOn, List<GoalOutcome> goals, List<PlannedActivity> activities,
                       String overallEvaluation, List<CorrectionNote> corrections) {

    public PlanYear {
        goals = List.copyOf(goals);
        activities = List.copyOf(activities);
        corrections = List.copyOf(corrections);
    }

    public boolean adopted() {
        return adoptedOn != null;
    }

    /**
     * A goal with its latest follow-up and its year-end assessment.
     *
     * @param latestValue the value of the latest follow-up that no later entry corrects, or null
     * @param latestOn    its date, or null
     * @param assessment  how far it was reached, or null while not assessed
     * @param corrections corrections of its evaluation after adoption, oldest first
     * @param withdrawn   taken back during the year after it had been followed up: kept with its follow-ups, never
     *                    assessed
     */
    public record GoalOutcome(String text, String indicator, String target, Set<BaseOperation> operations,
                              String latestValue, LocalDate latestOn, Assessment assessment, String assessmentComment,
                              List<CorrectionNote> corrections, boolean withdrawn) {

        public GoalOutcome {
            operations = Set.copyOf(operations);
            corrections = List.copyOf(corrections);
        }
    }

    /** A correction written beside the adopted plan, on the day it was written. */
    public record CorrectionNote(LocalDate recordedOn, String text) {
    }

    /** A planned activity on a date, or some time in a month (1–12) when the date is not set. */
    public record PlannedActivity(ActivityKind kind, String title, LocalDate plannedOn, int month,
                                  Set<BaseOperation> operations) {

        public PlannedActivity {
            operations = Set.copyOf(operations);
        }
    }
}
