package se.samverka.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import se.samverka.platform.Texts;
import se.samverka.rules.DisclosureDecision;
import se.samverka.rules.DisclosureReason;
import se.samverka.rules.SecrecyBreakingRule;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;

/**
 * @param basis   CONSENT or SECRECY_BREAKING_RULE; null when refused
 * @param reasons for a refusal every failed condition, for an approval what carries it
 */
record DisclosureResponse(LocalDate on, boolean allowed, String basis, List<String> ruleIds,
                          List<ReasonOutput> reasons) {

    /** @param consent the index in the request's consents the reason is about, if any */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ReasonOutput(String ruleId, String code, Integer consent, String message) {
    }

    static DisclosureResponse of(DisclosureRequest.Decision request, DisclosureDecision decision, Texts texts) {
        List<ReasonOutput> reasons = decision.reasons().stream()
                .map(reason -> new ReasonOutput(reason.ruleId(), reason.code(), reason.consent(),
                        message(request, reason, texts)))
                .toList();
        return new DisclosureResponse(request.disclosure().on(), decision.allowed(),
                decision.basis() == null ? null : decision.basis().name(), decision.ruleIds(), reasons);
    }

    private static String message(DisclosureRequest.Decision request, DisclosureReason reason, Texts texts) {
        String statute = request.ground()
                .map(ground -> SecrecyBreakingRule.valueOf(ground.code()).statute()).orElse(null);
        List<Long> positions = LongStream.rangeClosed(1, request.consents().size()).boxed().toList();
        return texts.disclosureReason(reason, request.disclosure(), request.consents(), positions, statute);
    }
}
