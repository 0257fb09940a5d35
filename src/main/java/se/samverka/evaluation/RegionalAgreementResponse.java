package se.samverka.evaluation;

import se.samverka.rules.AgreementPeriod;

import java.time.LocalDate;

/**
 * @param period         1 for 2024-03-01 – 2025-12-31, then one more per two-year extension
 * @param extensionNote  how Samverka reads "förlängs automatiskt med 2 år"
 */
record RegionalAgreementResponse(LocalDate periodStart, LocalDate periodEnd, LocalDate noticeDeadline, int period,
                                 String ruleId, String extensionNote) {

    static RegionalAgreementResponse of(AgreementPeriod period, String ruleId, String extensionNote) {
        return new RegionalAgreementResponse(period.start(), period.end(), period.noticeDeadline(), period.number(),
                ruleId, extensionNote);
    }
}
