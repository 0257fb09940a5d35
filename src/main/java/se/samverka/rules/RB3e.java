package se.samverka.rules;

/**
 * RB3e: where the midwife clinic is not co-located, the midwife does not attend meetings about premises,
 * cleaning, waste and the like (Bilaga 3), so the clinic is not invited to a meeting with premises matters.
 */
public final class RB3e implements Rule {

    public static final RB3e RULE = new RB3e();

    private RB3e() {
    }

    @Override
    public String id() {
        return "RB3e";
    }

    @Override
    public String section() {
        return "Bilaga 3";
    }

    @Override
    public Severity severity() {
        return Severity.REQUIREMENT;
    }

    @Override
    public String quote() {
        return "I de fall barnmorskemottagningen inte är samlokaliserad närvarar inte barnmorskan vid möten som "
                + "berör lokaler, städ, sophantering och liknande.";
    }

    /**
     * Whether the operation may be invited to a meeting.
     *
     * @param premisesMatters   premises, cleaning, waste or the like are on the agenda
     * @param midwifeCoLocated  the centre's midwife clinic is co-located (§8.4)
     */
    public boolean mayInvite(BaseOperation operation, boolean premisesMatters, boolean midwifeCoLocated) {
        return operation != BaseOperation.MIDWIFE_CLINIC || !premisesMatters || midwifeCoLocated;
    }
}
