package se.samverka.platform;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * A change that is not allowed: the object's state refuses it (an adopted plan, a closed period: 409 Conflict), or
 * what it is about does not exist ({@link #absent}: 404 Not Found). Aggregates and services throw it; nothing has
 * changed when it is thrown, since the change's transaction rolls back. Its key names the Swedish reason in
 * messages_sv.properties, such as {@code plan.refused.locked}; pages answer it through {@link Changes}.
 */
public class Refusal extends RuntimeException implements MessageSourceResolvable {

    private final HttpStatus status;
    private final String key;
    private final Object[] arguments;

    /** Refused in the object's present state. */
    public Refusal(String key, Object... arguments) {
        this(HttpStatus.CONFLICT, key, arguments);
    }

    private Refusal(HttpStatus status, String key, Object... arguments) {
        super(key);
        this.status = status;
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** Refused because the object the change is about does not exist (any more). */
    public static Refusal absent(String key, Object... arguments) {
        return new Refusal(HttpStatus.NOT_FOUND, key, arguments);
    }

    public HttpStatus status() {
        return status;
    }

    public String key() {
        return key;
    }

    @Override
    public String[] getCodes() {
        return new String[]{key};
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }
}
