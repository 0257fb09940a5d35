package se.samverka.economy;

/**
 * What a shared cost is (§14.1): the coordinator's cost (R14a), shared premises and joint activities of the
 * operational plan (R14b), or other shared costs. Labels are {@code economy.category.<name>}.
 */
enum CostCategory {
    COORDINATOR_SALARY(true),
    COORDINATOR_TRAINING(true),
    COORDINATOR_EQUIPMENT(true),
    PREMISES_RENT(false),
    PREMISES_CLEANING(false),
    PREMISES_FURNITURE(false),
    PREMISES_LOCKS_ALARMS(false),
    PREMISES_FIRE_SAFETY(false),
    PREMISES_IT(false),
    PREMISES_PRINTERS(false),
    JOINT_ACTIVITIES(false),
    OTHER(false);

    private final boolean coordinator;

    CostCategory(boolean coordinator) {
        this.coordinator = coordinator;
    }

    /** Part of the coordinator's cost, split equally among all participating base operations (R14a). */
    boolean coordinator() {
        return coordinator;
    }
}
