package se.samverka.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static se.samverka.rules.Requirement.Need.CO_LOCATE;
import static se.samverka.rules.Requirement.Need.PARTICIPATE;

/** R8.2: a family centre has all four base operations, all co-located. */
public final class R8_2 implements Rule {

    public static final R8_2 RULE = new R8_2();

    private R8_2() {
    }

    @Override
    public String id() {
        return "R8.2";
    }

    @Override
    public String section() {
        return "8.2";
    }

    @Override
    public Severity severity() {
        return Severity.REQUIREMENT;
    }

    @Override
    public String quote() {
        return "En familjecentral är en samlokaliserad verksamhet som minst består av barnmorskemottagning, "
                + "barnhälsovård, öppen förskola och socialtjänst med inriktning mot förebyggande arbete.";
    }

    public boolean isMetBy(CentreConfiguration centre) {
        return missing(centre).isEmpty();
    }

    /** Each base operation that is absent, or present but not co-located. */
    public List<Requirement> missing(CentreConfiguration centre) {
        var missing = new ArrayList<Requirement>();
        for (BaseOperation operation : BaseOperation.values()) {
            if (!centre.participates(operation)) {
                missing.add(new Requirement(id(), PARTICIPATE, Set.of(operation), "R8.2.participate"));
            } else if (!centre.coLocated(operation)) {
                missing.add(new Requirement(id(), CO_LOCATE, Set.of(operation), "R8.2.co-locate"));
            }
        }
        return missing;
    }

    public Reason reason(CentreConfiguration centre) {
        if (isMetBy(centre)) {
            return Reason.of(this, "R8.2.met");
        }
        var lacking = EnumSet.noneOf(BaseOperation.class);
        missing(centre).forEach(requirement -> lacking.addAll(requirement.anyOf()));
        return Reason.of(this, "R8.2.not-met", lacking);
    }
}
