package se.samverka.rules;

import java.util.ArrayList;
import java.util.List;

/** The compliance checklist of the rules this module knows: classification first, then governance. */
public final class Checklist {

    private Checklist() {
    }

    public static List<Finding> check(CentreConfiguration centre, Governance governance) {
        return check(Classifier.classify(centre), centre, governance);
    }

    public static List<Finding> check(Classification classification, CentreConfiguration centre,
                                      Governance governance) {
        var findings = new ArrayList<>(classification.findings());
        findings.add(R11_1a.RULE.check(governance));
        findings.add(R11_1b.RULE.check(centre, governance));
        findings.add(R11_2a.RULE.check(governance));
        return findings;
    }
}
