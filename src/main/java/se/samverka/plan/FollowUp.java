package se.samverka.plan;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One follow-up of a goal during the year: the value measured on a date. Never changed once written; a correction
 * is a new entry that names the one it corrects.
 *
 * @param goalKey the goal's stable id in the plan ({@link Goal#goalKey()}), not its place in the list
 */
@Table("plan_follow_up")
record FollowUp(@Id Long id, long planId, int goalKey, LocalDate enteredOn, String value, String comment, Long corrects,
                String recordedBy, Instant recordedAt) {

    FollowUp {
        Objects.requireNonNull(enteredOn);
        Objects.requireNonNull(value);
        Objects.requireNonNull(recordedBy);
        Objects.requireNonNull(recordedAt);
    }
}
