package se.samverka.county;

/**
 * The chapters of the yearly follow-up report to Vårdsamverkan Västra Götaland, in the report's order. Each has a
 * text the county writes; all but the summary also have Samverka's figures. Headings are
 * {@code county.report.chapter.<name>}.
 */
enum FollowUpChapter {
    SUMMARY,
    KINDS,
    AGREEMENTS,
    COORDINATION,
    MEETINGS,
    MIDWIFE,
    PLANS,
    REPORTS,
    PREMISES,
    CONSENTS
}
