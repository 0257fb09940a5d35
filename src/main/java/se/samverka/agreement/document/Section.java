package se.samverka.agreement.document;

import java.util.List;
import java.util.Objects;

/** A numbered section; {@code number} is printed as "1." before the heading. */
public record Section(String number, String heading, List<Block> blocks) {

    public Section {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(heading, "heading");
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
    }

    String numberedHeading() {
        return number + ". " + heading;
    }
}
