package se.samverka.meeting;

import org.springframework.data.relational.core.mapping.Table;

import java.util.Objects;

/** A numbered item of the minutes (§ 1, § 2 …, by its place), with what was decided, if anything. */
@Table("meeting_minute_item")
record MinuteItem(String text, String decision) {

    MinuteItem {
        Objects.requireNonNull(text);
    }
}
