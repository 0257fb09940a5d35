package se.samverka.evaluation;

import se.samverka.platform.Texts;
import se.samverka.rules.Finding;
import se.samverka.rules.Severity;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * @param years          the term's length, first and last day included, as years, months and days
 * @param lastNoticeDay  the last day to give notice of termination or renegotiation (R15d)
 * @param warnings       what R15c finds wanting; empty when the term is as the agreement recommends
 */
record AgreementTermResponse(LocalDate start, LocalDate end, int years, int months, int days, LocalDate lastNoticeDay,
                             List<Warning> warnings) {

    record Warning(String ruleId, Severity severity, String code, String message) {
    }

    static AgreementTermResponse of(LocalDate start, LocalDate end, Period length, LocalDate lastNoticeDay,
                                    List<Finding> findings, Texts texts) {
        return new AgreementTermResponse(start, end, length.getYears(), length.getMonths(), length.getDays(),
                lastNoticeDay, findings.stream().filter(Finding::deficient)
                .map(f -> new Warning(f.ruleId(), f.severity(), f.code(), texts.finding(f)))
                .toList());
    }
}
