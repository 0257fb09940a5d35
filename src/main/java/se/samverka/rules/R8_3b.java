package se.samverka.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.Requirement.Need.CO_LOCATE;

/**
 * R8.3b: child health care is co-located with at least one municipal operation (open pre-school
 * and/or preventive social services) that is itself co-located at the centre.
 */
public final class R8_3b implements Rule {

    public static final R8_3b RULE = new R8_3b();

    private static final Set<BaseOperation> MUNICIPAL = EnumSet.of(
            BaseOperation.OPEN_PRESCHOOL, BaseOperation.PREVENTIVE_SOCIAL_SERVICES);

    private R8_3b() {
    }

    @Override
    public String id() {
        return "R8.3b";
    }

    @Override
    public String section() {
        return "8.3";
    }

    @Override
    public Severity severity() {
        return Severity.REQUIREMENT;
    }

    @Override
    public String quote() {
        return "Barnhälsovården ska vara samlokaliserad med minst en av de kommunala verksamheterna "
                + "(öppen förskola och/eller förebyggande socialtjänst).";
    }

    public boolean isMetBy(CentreConfiguration centre) {
        return missing(centre).isEmpty();
    }

    public List<Requirement> missing(CentreConfiguration centre) {
        var missing = new ArrayList<Requirement>();
        if (!centre.coLocated(CHILD_HEALTH)) {
            missing.add(new Requirement(id(), CO_LOCATE, Set.of(CHILD_HEALTH), "R8.3b.co-locate-child-health"));
        }
        if (MUNICIPAL.stream().noneMatch(centre::coLocated)) {
            missing.add(new Requirement(id(), CO_LOCATE, MUNICIPAL, "R8.3b.co-locate-municipal"));
        }
        return missing;
    }

    public List<Finding> check(CentreConfiguration centre) {
        List<Requirement> missing = missing(centre);
        if (missing.isEmpty()) {
            return List.of(Finding.of(this, Outcome.MET, "R8.3b.met"));
        }
        return missing.stream().map(r -> Finding.of(this, Outcome.NOT_MET, r.code(), r.anyOf())).toList();
    }
}
