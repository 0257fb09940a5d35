package se.samverka.county;

import org.springframework.data.relational.core.mapping.Table;

import java.util.Objects;

/** What the county wrote in one chapter of its yearly follow-up report. */
@Table("county_report_text")
record ChapterText(FollowUpChapter chapter, String text) {

    ChapterText {
        Objects.requireNonNull(chapter);
        Objects.requireNonNull(text);
    }
}
