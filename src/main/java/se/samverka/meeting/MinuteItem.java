package se.samverka.meeting;

import org.springframework.data.relational.core.mapping.Table;

import java.util.Objects;

/**
 * A numbered item of the minutes (§ 1, § 2 …, by its place), with what was decided, if anything.
 *
 * @param itemKey the item's stable id within its meeting, given by the meeting when the item is written (from 1) and
 *                never reused; corrections name the item by it, while § numbers follow the item's place
 */
@Table("meeting_minute_item")
record MinuteItem(int itemKey, String text, String decision) {

    MinuteItem {
        Objects.requireNonNull(text);
    }

    /** An item not yet written to the minutes: the meeting gives it its key. */
    static MinuteItem of(String text, String decision) {
        return new MinuteItem(0, text, decision);
    }

    MinuteItem keyed(int key) {
        return new MinuteItem(key, text, decision);
    }
}
