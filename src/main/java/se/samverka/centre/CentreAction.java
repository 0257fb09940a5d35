package se.samverka.centre;

/**
 * What someone may do with a centre and with what belongs to it. Who may is decided in one place,
 * {@link CentreAccess}, after the agreement's §11: the steering group decides, the coordinator prepares
 * (docs/authority.md has the whole table).
 */
public enum CentreAction {
    /** Open the centre's page. */
    VIEW,
    /** Follow its work: agreements, operational plans, meetings and minutes, activity reports, premises. */
    FOLLOW,
    /** See its shared costs and settlements. */
    VIEW_ECONOMY,
    /** Keep its registry details: name, address, operations and their units, other actors, steering group. */
    DESCRIBE,
    /**
     * Prepare (§11.2): draft agreements, draw up and follow up plans, schedule meetings and write minutes, compile
     * reports, enter costs, keep the premises and fire-safety log.
     */
    PREPARE,
    /**
     * Decide (§11.1, §11.2, §12): appoint and dismiss the coordinator, adopt the plan and the activity report, send
     * agreements for signing or take them back, register a termination, appoint the fire-safety representative, set
     * the cost settings and close a settlement period.
     */
    DECIDE
}
