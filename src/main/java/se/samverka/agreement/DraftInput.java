package se.samverka.agreement;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A draft as validated from its form: terms, the parties' texts and the parties. */
record DraftInput(Terms terms, Map<TextKey, String> texts, List<Party> parties) {

    DraftInput {
        Objects.requireNonNull(terms);
        texts = Map.copyOf(texts);
        parties = List.copyOf(parties);
    }
}
