package se.samverka.rules;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One line of a centre's compliance checklist.
 *
 * @param code           names the Swedish text ({@code finding.<code>} in messages_sv.properties)
 * @param operations     the base operations the text is about, if any
 * @param countyFollowUp reported to the county's follow-up rather than to the centre (RB3b)
 */
public record Finding(String ruleId, String section, Severity severity, Outcome outcome, String code,
                      Set<BaseOperation> operations, boolean countyFollowUp) {

    public Finding {
        Objects.requireNonNull(ruleId);
        Objects.requireNonNull(section);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(code);
        operations = operations.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(operations));
    }

    static Finding of(Rule rule, Outcome outcome, String code, Set<BaseOperation> operations) {
        return new Finding(rule.id(), rule.section(), rule.severity(), outcome, code, operations, false);
    }

    static Finding of(Rule rule, Outcome outcome, String code) {
        return of(rule, outcome, code, Set.of());
    }

    public boolean deficient() {
        return outcome == Outcome.NOT_MET;
    }
}
