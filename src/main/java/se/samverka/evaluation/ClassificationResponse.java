package se.samverka.evaluation;

import se.samverka.platform.Texts;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.CentreKind;
import se.samverka.rules.Classification;
import se.samverka.rules.Finding;
import se.samverka.rules.Outcome;
import se.samverka.rules.Reason;
import se.samverka.rules.Requirement;
import se.samverka.rules.Severity;

import java.util.List;
import java.util.Set;

record ClassificationResponse(CentreKind kind, String kindLabel, List<String> ruleIds,
                              List<RequirementView> missingForFamilyCentre,
                              List<RequirementView> missingForFamilyCentreLike,
                              List<ReasonView> reasons, List<FindingView> findings) {

    record RequirementView(String ruleId, Requirement.Need need, Set<BaseOperation> anyOf, String message) {
    }

    record ReasonView(String ruleId, String section, String message) {
    }

    record FindingView(String ruleId, String section, Severity severity, Outcome outcome, String message,
                       boolean countyFollowUp) {
    }

    static ClassificationResponse of(Classification classification, Texts texts) {
        return new ClassificationResponse(classification.kind(), texts.kind(classification.kind()),
                classification.ruleIds(),
                requirements(classification.missingForFamilyCentre(), texts),
                requirements(classification.missingForFamilyCentreLike(), texts),
                classification.reasons().stream().map(r -> reason(r, texts)).toList(),
                classification.findings().stream().map(f -> finding(f, texts)).toList());
    }

    private static List<RequirementView> requirements(List<Requirement> requirements, Texts texts) {
        return requirements.stream()
                .map(r -> new RequirementView(r.ruleId(), r.need(), r.anyOf(), texts.requirement(r)))
                .toList();
    }

    private static ReasonView reason(Reason reason, Texts texts) {
        return new ReasonView(reason.ruleId(), reason.section(), texts.reason(reason));
    }

    private static FindingView finding(Finding finding, Texts texts) {
        return new FindingView(finding.ruleId(), finding.section(), finding.severity(), finding.outcome(),
                texts.finding(finding), finding.countyFollowUp());
    }
}
