package se.samverka.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** R15b: a local cooperation agreement contains the fifteen sections §15 lists, each filled in. */
public final class R15b implements Rule {

    public static final R15b RULE = new R15b();

    private R15b() {
    }

    @Override
    public String id() {
        return "R15b";
    }

    @Override
    public String section() {
        return "15";
    }

    @Override
    public Severity severity() {
        return Severity.REQUIREMENT;
    }

    @Override
    public String quote() {
        return "I avtalen kan den lokala styrgruppen lägga till rubriker och innehåll utifrån behov. "
                + "Ett lokalt samverkansavtal ska dock innehålla följande punkter:";
    }

    /**
     * One finding per mandatory section that is not filled in, in the template's order, or a single
     * "met" finding when all fifteen are.
     */
    public List<Finding> check(Set<LocalAgreementSection> filled) {
        List<Finding> findings = new ArrayList<>();
        for (LocalAgreementSection section : LocalAgreementSection.values()) {
            if (section.mandatory() && !filled.contains(section)) {
                findings.add(Finding.of(this, Outcome.NOT_MET, "R15b.missing." + section.name()));
            }
        }
        return findings.isEmpty() ? List.of(Finding.of(this, Outcome.MET, "R15b.met")) : List.copyOf(findings);
    }
}
