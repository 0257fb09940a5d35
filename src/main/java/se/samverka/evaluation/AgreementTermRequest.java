package se.samverka.evaluation;

import se.samverka.platform.InvalidRequestException;
import se.samverka.platform.InvalidRequestException.FieldProblem;
import se.samverka.platform.Texts;
import se.samverka.rules.R15d;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;

/**
 * A local cooperation agreement's term as a client sends it; dates arrive as text so that a wrong one gets a
 * Swedish answer at its field.
 *
 * @param usageRightEnd the last day of the usage-right agreement for shared premises, if it has one
 */
record AgreementTermRequest(String start, String end, Boolean sharedPremises, String usageRightEnd,
                            BigDecimal noticeMonths) {

    record Term(LocalDate start, LocalDate end, boolean sharedPremises, LocalDate usageRightEnd, int noticeMonths) {
    }

    Term toTerm(Texts texts) {
        var problems = new ArrayList<FieldProblem>();
        var values = new RequestValues(texts, problems);
        LocalDate first = values.date("start", start, true);
        LocalDate last = values.date("end", end, true);
        LocalDate leaseEnd = values.date("usageRightEnd", usageRightEnd, false);
        Integer months = values.months("noticeMonths", noticeMonths, R15d.DEFAULT_NOTICE_MONTHS,
                R15d.MAX_NOTICE_MONTHS);
        if (first != null && last != null && last.isBefore(first)) {
            problems.add(new FieldProblem("end", texts.message("api.term.end-before-start", last, first)));
        }
        if (sharedPremises == null) {
            problems.add(new FieldProblem("sharedPremises", texts.message("api.missing-boolean")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new Term(first, last, sharedPremises, leaseEnd, months);
    }
}
