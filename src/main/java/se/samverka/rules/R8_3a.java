package se.samverka.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;
import static se.samverka.rules.Requirement.Need.PARTICIPATE;

/**
 * R8.3a: a family-centre-like operation has at least three base operations: child health care and
 * open pre-school, and the midwife clinic or preventive social services.
 */
public final class R8_3a implements Rule {

    public static final R8_3a RULE = new R8_3a();

    private R8_3a() {
    }

    @Override
    public String id() {
        return "R8.3a";
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
        return "En familjecentralsliknande verksamhet är en verksamhet med samverkan mellan minst tre av "
                + "basverksamheterna. Barnhälsovård och öppen förskola ska ingå i samverkan samt ytterligare minst "
                + "en av de återstående basverksamheterna.";
    }

    public boolean isMetBy(CentreConfiguration centre) {
        return missing(centre).isEmpty();
    }

    public List<Requirement> missing(CentreConfiguration centre) {
        var missing = new ArrayList<Requirement>();
        for (BaseOperation required : List.of(CHILD_HEALTH, OPEN_PRESCHOOL)) {
            if (!centre.participates(required)) {
                missing.add(new Requirement(id(), PARTICIPATE, Set.of(required), "R8.3a.participate"));
            }
        }
        if (!centre.participates(MIDWIFE_CLINIC) && !centre.participates(PREVENTIVE_SOCIAL_SERVICES)) {
            missing.add(new Requirement(id(), PARTICIPATE, Set.of(MIDWIFE_CLINIC, PREVENTIVE_SOCIAL_SERVICES),
                    "R8.3a.participate-any"));
        }
        return missing;
    }

    public List<Finding> check(CentreConfiguration centre) {
        List<Requirement> missing = missing(centre);
        if (missing.isEmpty()) {
            return List.of(Finding.of(this, Outcome.MET, "R8.3a.met"));
        }
        return missing.stream().map(r -> Finding.of(this, Outcome.NOT_MET, r.code(), r.anyOf())).toList();
    }
}
