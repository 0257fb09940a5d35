package se.samverka.county;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A correction (rättelse) of a chapter of an adopted follow-up report, beside it, never changed once written. */
@Table("county_report_correction")
record CountyReportCorrection(@Id Long id, long reportId, FollowUpChapter chapter, String text, String recordedBy,
                              Instant recordedAt) {

    CountyReportCorrection {
        Objects.requireNonNull(chapter);
        Objects.requireNonNull(text);
        Objects.requireNonNull(recordedBy);
        Objects.requireNonNull(recordedAt);
    }

    public LocalDate recordedOn() {
        return recordedAt.atZone(CountyReport.SWEDEN).toLocalDate();
    }
}
