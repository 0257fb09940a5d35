package se.samverka.evaluation;

import se.samverka.platform.InvalidRequestException;
import se.samverka.platform.InvalidRequestException.FieldProblem;
import se.samverka.platform.Texts;
import se.samverka.rules.RB2a;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;

/** Notice of a usage-right agreement: the day written notice is given and the notice period in months. */
record UsageRightNoticeRequest(String noticeDate, BigDecimal months) {

    record Notice(LocalDate date, int months) {
    }

    Notice toNotice(Texts texts) {
        var problems = new ArrayList<FieldProblem>();
        var values = new RequestValues(texts, problems);
        LocalDate date = values.date("noticeDate", noticeDate, true);
        Integer period = values.months("months", months, RB2a.DEFAULT_NOTICE_MONTHS, RB2a.MAX_NOTICE_MONTHS);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new Notice(date, period);
    }
}
