package se.samverka.rules;

import java.util.List;
import java.util.Optional;

/** Every rule this module implements, by id. */
public final class RuleBook {

    public static final List<Rule> RULES = List.of(
            R4a.RULE, R8_2.RULE, R8_3a.RULE, R8_3b.RULE, R8_3c.RULE, RB3a.RULE, RB3b.RULE, RB3c.RULE, RB3e.RULE,
            R9.RULE, R11_1a.RULE, R11_1b.RULE, R11_1c.RULE, R11_2a.RULE, R11_2b.RULE, R12.RULE,
            R13a.RULE, R13c.RULE,
            R14a.RULE, R14b.RULE, R14c.RULE, R14d.RULE,
            R15a.RULE, R15b.RULE, R15c.RULE, R15d.RULE, R15e.RULE, RB1a.RULE, RB2a.RULE);

    private RuleBook() {
    }

    public static Optional<Rule> rule(String id) {
        return RULES.stream().filter(rule -> rule.id().equals(id)).findFirst();
    }
}
