package se.samverka.rules;

import java.util.List;

/**
 * Whether a disclosure may be made, on which basis, and why (R13a–R13c).
 *
 * @param basis   null when refused
 * @param ruleIds the rules that decided it, R13a first
 * @param reasons for a refusal every failed condition, for an approval the basis that carries it
 */
public record DisclosureDecision(boolean allowed, LegalBasisKind basis, List<String> ruleIds,
                                 List<DisclosureReason> reasons) {

    public enum LegalBasisKind {
        CONSENT,
        SECRECY_BREAKING_RULE
    }

    public DisclosureDecision {
        if (allowed != (basis != null)) {
            throw new IllegalArgumentException("an allowed disclosure has a basis, a refused one none");
        }
        ruleIds = List.copyOf(ruleIds);
        reasons = List.copyOf(reasons);
    }
}
