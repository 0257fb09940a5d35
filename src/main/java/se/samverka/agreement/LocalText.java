package se.samverka.agreement;

import org.springframework.data.relational.core.mapping.Table;

import java.util.Objects;

/** A text the template leaves to the parties, such as the local goals; keys are {@link TextKey} names. */
@Table("agreement_text")
record LocalText(String textKey, String text) {

    LocalText {
        Objects.requireNonNull(textKey);
        Objects.requireNonNull(text);
    }
}
