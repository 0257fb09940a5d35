package se.samverka.evaluation;

import java.time.LocalDate;

/** @param endsOn the usage right's last day */
record UsageRightNoticeResponse(LocalDate noticeDate, int months, LocalDate endsOn, String ruleId, String quote) {
}
