package se.samverka.plan;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * A correction (rättelse) of an adopted plan's evaluation, shown beside what it corrects. Never changed once written.
 *
 * @param goalKey the goal whose evaluation it corrects ({@link Goal#goalKey()}), or null for the overall evaluation
 */
@Table("plan_correction")
record Correction(@Id Long id, long planId, Integer goalKey, String text, String recordedBy, Instant recordedAt) {

    Correction {
        Objects.requireNonNull(text);
        Objects.requireNonNull(recordedBy);
        Objects.requireNonNull(recordedAt);
    }

    public java.time.LocalDate recordedOn() {
        return recordedAt.atZone(Plan.SWEDEN).toLocalDate();
    }
}
