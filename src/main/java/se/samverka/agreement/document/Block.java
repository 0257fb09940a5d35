package se.samverka.agreement.document;

import java.util.List;
import java.util.Objects;

/** What a section holds, in order. */
public sealed interface Block {

    record Paragraph(String text) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    record Subheading(String text) implements Block {
        public Subheading {
            Objects.requireNonNull(text, "text");
        }
    }

    record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(Objects.requireNonNull(items, "items"));
            if (items.isEmpty()) {
                throw new IllegalArgumentException("a bullet list needs at least one item");
            }
        }
    }
}
