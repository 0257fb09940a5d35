package se.samverka.agreement.document;

import java.util.List;
import java.util.Objects;

/** What a section holds, in order. */
public sealed interface Block {

    /** "paragraph", "subheading" or "bullets", for a template to tell them apart. */
    String type();

    record Paragraph(String text) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String type() {
            return "paragraph";
        }
    }

    record Subheading(String text) implements Block {
        public Subheading {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String type() {
            return "subheading";
        }
    }

    record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(Objects.requireNonNull(items, "items"));
            if (items.isEmpty()) {
                throw new IllegalArgumentException("a bullet list needs at least one item");
            }
        }

        @Override
        public String type() {
            return "bullets";
        }
    }
}
