package se.samverka.agreement;

import java.util.ArrayList;
import java.util.List;

/**
 * The small markup a section's body is stored in: paragraphs separated by a blank line, a line starting
 * "## " is a subheading and lines starting "- " are a bulleted list.
 */
final class SectionBody {

    /** A part of a section; {@code type()} lets a template tell them apart. */
    sealed interface Part permits Text, Subheading, Bullets {

        String type();
    }

    record Text(String text) implements Part {

        public String type() {
            return "text";
        }
    }

    record Subheading(String text) implements Part {

        public String type() {
            return "subheading";
        }
    }

    record Bullets(List<String> items) implements Part {

        public String type() {
            return "bullets";
        }
    }

    /** A section as a page shows it. */
    record View(String number, String heading, List<Part> parts) {

        static List<View> of(List<FrozenSection> sections) {
            return sections.stream().map(s -> new View(s.number(), s.heading(), parse(s.body()))).toList();
        }
    }

    private final StringBuilder body = new StringBuilder();

    SectionBody paragraph(String text) {
        if (text != null && !text.isBlank()) {
            separate();
            body.append(text.strip().replaceAll("\\R\\s*\\R+", " ").replaceAll("\\R", " "));
        }
        return this;
    }

    /** A text the parties wrote: its own paragraphs and "- " lists are kept. */
    SectionBody written(String text) {
        if (text != null && !text.isBlank()) {
            for (Part part : parse(text)) {
                switch (part) {
                    case Text t -> paragraph(t.text());
                    case Subheading s -> subheading(s.text());
                    case Bullets b -> bullets(b.items());
                }
            }
        }
        return this;
    }

    SectionBody subheading(String text) {
        separate();
        body.append("## ").append(text.strip());
        return this;
    }

    SectionBody bullets(List<String> items) {
        if (!items.isEmpty()) {
            separate();
            body.append(String.join("\n", items.stream().map(i -> "- " + i.strip()).toList()));
        }
        return this;
    }

    private void separate() {
        if (!body.isEmpty()) {
            body.append("\n\n");
        }
    }

    String text() {
        return body.toString();
    }

    static List<Part> parse(String body) {
        List<Part> parts = new ArrayList<>();
        List<String> bullets = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String raw : body.split("\\R", -1)) {
            String line = raw.strip();
            if (line.startsWith("- ") || line.startsWith("• ")) {
                flush(parts, paragraph);
                bullets.add(line.substring(2).strip());
                continue;
            }
            if (!bullets.isEmpty()) {
                parts.add(new Bullets(List.copyOf(bullets)));
                bullets.clear();
            }
            if (line.isEmpty()) {
                flush(parts, paragraph);
            } else if (line.startsWith("## ")) {
                flush(parts, paragraph);
                parts.add(new Subheading(line.substring(3).strip()));
            } else {
                if (!paragraph.isEmpty()) {
                    paragraph.append(' ');
                }
                paragraph.append(line);
            }
        }
        flush(parts, paragraph);
        if (!bullets.isEmpty()) {
            parts.add(new Bullets(List.copyOf(bullets)));
        }
        return parts;
    }

    private static void flush(List<Part> parts, StringBuilder paragraph) {
        if (!paragraph.isEmpty()) {
            parts.add(new Text(paragraph.toString()));
            paragraph.setLength(0);
        }
    }
}
