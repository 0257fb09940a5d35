package se.samverka.report;

import org.springframework.data.relational.core.mapping.Table;

import java.util.Objects;

/**
 * One section of a report: what it says now, and what Samverka last wrote from its facts, so that an edit can be
 * told apart from the generated text.
 */
@Table("activity_report_section")
record SectionText(ReportSection section, String text, String generated) {

    SectionText {
        Objects.requireNonNull(section);
        Objects.requireNonNull(text);
        Objects.requireNonNull(generated);
    }

    /** The text differs from what Samverka wrote. */
    public boolean edited() {
        return !text.equals(generated);
    }

    SectionText withText(String text) {
        return new SectionText(section, text, generated);
    }
}
