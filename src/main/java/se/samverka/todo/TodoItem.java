package se.samverka.todo;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * One thing that is due.
 *
 * @param centreId   the centre it is about, or null for what is not one centre's (the regional agreement)
 * @param centreName the centre's name, or null with {@code centreId}
 * @param message    the key of its text in messages_*.properties, saying what is due and why in words
 * @param arguments  the text's arguments; a {@link MessageSourceResolvable} among them is a text of its own
 * @param ruleId     the agreement's rule it follows from, shown after the text, or null
 * @param dueOn      the day it is due by, or null when nothing sets one (then it is due now)
 * @param path       where in Samverka one acts on it, a page the person may open, or null
 * @param personal   for the person alone (to sign, assigned to them), not for everyone answering for the centre
 */
public record TodoItem(Long centreId, String centreName, String message, List<Object> arguments, String ruleId,
                       LocalDate dueOn, String path, boolean personal) {

    public TodoItem {
        Objects.requireNonNull(message);
        arguments = List.copyOf(arguments);
    }

    /** An item for everyone answering for the centre. */
    public static TodoItem of(long centreId, String centreName, String message, String ruleId, LocalDate dueOn,
                              String path, Object... arguments) {
        return new TodoItem(centreId, centreName, message, List.of(arguments), ruleId, dueOn, path, false);
    }

    /** The text with its arguments, for a {@link org.springframework.context.MessageSource}. */
    public MessageSourceResolvable text() {
        return new DefaultMessageSourceResolvable(new String[]{message}, arguments.toArray());
    }

    /** Days past {@code dueOn} on {@code today}: 0 when it is not late or has no date. */
    public long daysLate(LocalDate today) {
        return dueOn == null || !dueOn.isBefore(today) ? 0 : ChronoUnit.DAYS.between(dueOn, today);
    }

    /** A text of its own as an argument: e.g. {@code TodoItem.term("agreement.kind.COOPERATION")}. */
    public static MessageSourceResolvable term(String key) {
        return new DefaultMessageSourceResolvable(key);
    }
}
