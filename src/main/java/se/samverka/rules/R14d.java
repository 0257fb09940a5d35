package se.samverka.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * R14d: shared premises are at least one staff toilet, one visitor toilet, one conference room and one
 * staff room.
 */
public final class R14d implements Rule {

    public static final R14d RULE = new R14d();

    private R14d() {
    }

    @Override
    public String id() {
        return "R14d";
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
        return "Gemensamma lokaler definieras utifrån uppdrag och utgår från en miniminivå bestående av en toalett för "
                + "personal, en toalett för besökare samt ett konferensrum och ett personalrum.";
    }

    /** One finding per missing minimum area, in the agreement's order, or a single "met" finding. */
    public List<Finding> check(Set<SharedArea> present) {
        List<Finding> findings = new ArrayList<>();
        for (SharedArea area : SharedArea.values()) {
            if (area.minimum() && !present.contains(area)) {
                findings.add(Finding.of(this, Outcome.NOT_MET, "R14d.missing." + area.name()));
            }
        }
        return findings.isEmpty() ? List.of(Finding.of(this, Outcome.MET, "R14d.met")) : List.copyOf(findings);
    }
}
