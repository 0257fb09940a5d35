package se.samverka.rules;

import java.util.Objects;

/**
 * One reason of a disclosure decision ({@code disclosure.<code>} in messages_sv.properties).
 *
 * @param consent the position of the consent it is about in the list decided on, or null
 */
public record DisclosureReason(String ruleId, String code, Integer consent) {

    public DisclosureReason {
        Objects.requireNonNull(ruleId);
        Objects.requireNonNull(code);
    }
}
