package se.samverka.rules;

import java.util.ArrayList;
import java.util.List;

/** Applies §8.2–8.4 and Bilaga 3 to a centre's configuration. Other actors play no part. */
public final class Classifier {

    private Classifier() {
    }

    public static Classification classify(CentreConfiguration centre) {
        boolean familyCentre = R8_2.RULE.isMetBy(centre);
        boolean familyCentreLike = R8_3a.RULE.isMetBy(centre) && R8_3b.RULE.isMetBy(centre);
        CentreKind kind = R8_3c.RULE.kind(familyCentre, familyCentreLike);

        var ruleIds = new ArrayList<String>();
        var reasons = new ArrayList<Reason>();
        switch (kind) {
            case FAMILY_CENTRE -> {
                ruleIds.add(R8_2.RULE.id());
                reasons.add(R8_2.RULE.reason(centre));
            }
            case FAMILY_CENTRE_LIKE -> {
                ruleIds.addAll(List.of(R8_3a.RULE.id(), R8_3b.RULE.id()));
                reasons.add(Reason.of(R8_3a.RULE, "R8.3a.met"));
                reasons.add(Reason.of(R8_3b.RULE, "R8.3b.met"));
                reasons.add(R8_2.RULE.reason(centre));
            }
            case NOT_COVERED -> {
                ruleIds.add(R8_3c.RULE.id());
                if (!R8_3a.RULE.isMetBy(centre)) {
                    ruleIds.add(R8_3a.RULE.id());
                }
                if (!R8_3b.RULE.isMetBy(centre)) {
                    ruleIds.add(R8_3b.RULE.id());
                }
                reasons.add(R8_3c.RULE.reason());
            }
        }
        RB3a.RULE.reason(centre).ifPresent(reason -> {
            ruleIds.add(reason.ruleId());
            reasons.add(reason);
        });

        List<Requirement> missingForFamilyCentreLike = new ArrayList<>();
        if (kind == CentreKind.NOT_COVERED) {
            missingForFamilyCentreLike.addAll(R8_3a.RULE.missing(centre));
            missingForFamilyCentreLike.addAll(R8_3b.RULE.missing(centre));
        }

        var findings = new ArrayList<Finding>();
        findings.addAll(R8_3a.RULE.check(centre));
        findings.addAll(R8_3b.RULE.check(centre));
        findings.add(RB3b.RULE.check(centre));

        return new Classification(kind, ruleIds, R8_2.RULE.missing(centre), missingForFamilyCentreLike, reasons,
                findings);
    }
}
