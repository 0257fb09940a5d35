package se.samverka.agreement;

import java.time.LocalDate;

/**
 * A line of someone's to-do list.
 *
 * @param code names the Swedish text ({@code todo.<code>}), which may use {@code kind}
 */
record TodoItem(long centreId, String centreName, Long agreementId, AgreementKind kind, String code, LocalDate date,
                String ruleId, boolean overdue) {
}
