package se.samverka.report;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A correction (rättelse) of a section of an adopted report, shown beside it. Never changed once written. */
@Table("activity_report_correction")
record ReportCorrection(@Id Long id, long reportId, ReportSection section, String text, String recordedBy,
                        Instant recordedAt) {

    ReportCorrection {
        Objects.requireNonNull(section);
        Objects.requireNonNull(text);
        Objects.requireNonNull(recordedBy);
        Objects.requireNonNull(recordedAt);
    }

    public LocalDate recordedOn() {
        return recordedAt.atZone(ActivityReport.SWEDEN).toLocalDate();
    }
}
