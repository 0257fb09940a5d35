package se.samverka.rules;

import java.util.List;

/**
 * R14a: the coordinator's whole cost (salary, training, equipment …) is split equally among all
 * participating base operations, at existing and new centres alike; the operation that employs the
 * coordinator is reimbursed by each of the others for its part. Other actors pay nothing unless the local
 * agreement says so.
 */
public final class R14a implements Rule {

    public static final R14a RULE = new R14a();

    private R14a() {
    }

    @Override
    public String id() {
        return "R14a";
    }

    @Override
    public String section() {
        return "14.1";
    }

    @Override
    public Severity severity() {
        return Severity.REQUIREMENT;
    }

    @Override
    public String quote() {
        return "Alla basverksamheter som ingår i samverkan kring en familjecentral eller familjecentralsliknande "
                + "verksamhet ska dela lika på kostnaden för samordnaren. Det inkluderar samtliga kostnader kopplade "
                + "till tjänsten, till exempel lön, kompetensutveckling och datautrustning. Den verksamhet där "
                + "samordnaren anställs ersätts av övriga ingående verksamheter med respektive del av kostnaden. "
                + "Gemensam finansiering av samordnaren gäller från och med att detta avtal träder i kraft både vid "
                + "befintliga familjecentraler och familjecentralsliknande verksamheter samt vid etablering av nya.";
    }

    /** Each participating operation's equal part of the coordinator's cost and what it owes the employer. */
    public List<CostShare> coordinatorCost(long totalOre, List<BaseOperation> participating, BaseOperation employer) {
        return R14c.RULE.settle(totalOre, participating, employer, null);
    }
}
