package se.samverka.meeting;

import org.springframework.data.relational.core.mapping.Table;

import java.util.Objects;

/** One point of a meeting's agenda. */
@Table("meeting_agenda_item")
record AgendaItem(String text) {

    AgendaItem {
        Objects.requireNonNull(text);
    }
}
