package se.samverka.report;

/**
 * The fixed sections of an activity report, in the report's order. Their headings are {@code report.section.<name>}
 * in messages_sv.properties; {@link #field()} is the section's field in the edit form.
 */
enum ReportSection {
    ABOUT("about", true),
    GOVERNANCE("governance", true),
    GOALS("goals", true),
    ACTIVITIES("activities", true),
    EVALUATION("evaluation", true),
    NEXT_YEAR("nextYear", false);

    private final String field;
    private final boolean facts;

    ReportSection(String field, boolean facts) {
        this.field = field;
        this.facts = facts;
    }

    public String field() {
        return field;
    }

    /** Whether Samverka writes the section from its facts; the others are the coordinator's own. */
    public boolean facts() {
        return facts;
    }
}
