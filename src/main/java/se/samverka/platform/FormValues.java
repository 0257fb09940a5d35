package se.samverka.platform;

import org.springframework.validation.Errors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads what a user typed into a form. Form records hold text, so binding never fails on a value and
 * every problem reaches the user as a message at its field; these turn the text into values.
 */
public final class FormValues {

    private FormValues() {
    }

    /** A checkbox: checked when the browser sent "true" (or "on"). */
    public static boolean checked(String value) {
        return "true".equalsIgnoreCase(value) || "on".equalsIgnoreCase(value);
    }

    public static Optional<Long> id(String value) {
        if (value == null || !value.trim().matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(value.trim()));
    }

    public static Optional<Integer> integer(String value) {
        if (value == null || !value.trim().matches("-?[0-9]{1,9}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(value.trim()));
    }

    /** The version a form was made from; a missing or garbled one can only conflict. */
    public static int version(String value) {
        return integer(value).orElse(-1);
    }

    public static <E extends Enum<E>> Optional<E> choice(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst();
    }

    /** A date written ÅÅÅÅ-MM-DD. */
    public static Optional<LocalDate> date(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A text area's text with the browser's line breaks as \n and no white space around the whole; "" for none. */
    public static String text(String value) {
        return value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** The year typed, if it is one of {@code allowed}; otherwise an error on {@code field} that names them. */
    public static Optional<Integer> year(String value, Collection<Integer> allowed, Errors errors, String field) {
        Optional<Integer> year = integer(value).filter(allowed::contains);
        if (year.isEmpty()) {
            errors.rejectValue(field, "form.year", new Object[]{allowed.stream().map(String::valueOf)
                    .collect(Collectors.joining(", "))}, null);
        }
        return year;
    }
}
