package se.samverka.platform;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * How every page carries out a change a user asked for, and answers when it cannot be made. Nothing has changed
 * in either case: the change's transaction has rolled back.
 * <ul>
 * <li>A {@link Refusal}: its status (409, or 404 for something that does not exist) and its reason at the top of
 * the page, shown again with what the user typed.</li>
 * <li>A stale edit, made from an older version than the stored one ({@link OptimisticLockingFailureException}, from
 * Spring Data's {@code @Version} or an aggregate's own check): 409 and what changed meanwhile, who changed it and
 * when, from the audit log. With a form, the message stands at the top of the form, which keeps what the user
 * typed and now carries the stored version, so that saving it again, after a look, is not stale. Without one (a
 * button), it stands at the top of the page.</li>
 * </ul>
 */
@Component
public class Changes {

    /** The model attribute that a page shows at its top, in a notice with role="alert". */
    private static final String REFUSAL = "refusal";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Texts texts;
    private final ChangeHistory history;
    private final Clock clock;

    Changes(Texts texts, ChangeHistory history, Clock clock) {
        this.texts = texts;
        this.history = history;
        this.clock = clock;
    }

    /**
     * What a change is made to and from where: the page's model, the form that was sent (null for a button), the
     * object as the audit log names it, and its version as stored now (asked only when the edit was stale).
     */
    public record Target(Model model, BindingResult form, String objectType, Object objectId, IntSupplier version) {
    }

    /** A change sent with a form, whose fields the user typed, editing a versioned object. */
    public static Target form(Model model, BindingResult form, String objectType, Object objectId,
                              IntSupplier version) {
        return new Target(model, form, objectType, objectId, version);
    }

    /**
     * A change sent with a button, or one that adds to an object without a version to be stale against; a
     * refusal or a stale edit is told at the top of the page.
     */
    public static Target page(Model model, String objectType, Object objectId) {
        return new Target(model, null, objectType, objectId, () -> -1);
    }

    /**
     * A removal happens only when its form says the user confirmed it (the confirmation step names what will
     * happen); a removal sent without it, as from an old page or a forged form, is refused and removes nothing.
     */
    public static void requireConfirmation(String confirm) {
        if (!FormValues.checked(confirm)) {
            throw new Refusal("form.removal-unconfirmed");
        }
    }

    /**
     * Runs {@code change} and returns its answer (a redirect, usually); when it is refused or stale, answers as
     * described above, with the page that {@code again} shows from the model.
     */
    public String attempt(Target target, Supplier<String> change, Supplier<String> again) {
        try {
            return change.get();
        } catch (Refusal refusal) {
            status(refusal.status());
            target.model().addAttribute(REFUSAL, texts.resolve(refusal));
            return again.get();
        } catch (OptimisticLockingFailureException stale) {
            status(HttpStatus.CONFLICT);
            Optional<ChangeHistory.Change> latest = target.objectId() == null ? Optional.empty()
                    : history.latest(target.objectType(), target.objectId());
            Object[] arguments = latest.map(c -> new Object[]{c.detail(), c.by(),
                    WHEN.format(c.at().atZone(clock.getZone()))}).orElse(new Object[0]);
            String code = latest.isPresent() ? "change.stale" : "change.stale.unknown";
            if (target.form() == null) {
                target.model().addAttribute(REFUSAL, texts.message(code + ".page", arguments));
            } else {
                refreshed(target).reject(code + ".form", arguments, null);
            }
            return again.get();
        }
    }

    /**
     * The sent form, as typed and with its errors, but carrying the stored version: a form record's {@code version}
     * component, as every versioned form of Samverka has, is replaced in the model together with its binding result.
     */
    private static BindingResult refreshed(Target target) {
        BindingResult sent = target.form();
        if (!(sent.getTarget() instanceof Record typed)) {
            return sent;
        }
        RecordComponent[] components = typed.getClass().getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        boolean versioned = false;
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                if ("version".equals(components[i].getName()) && types[i] == String.class) {
                    values[i] = String.valueOf(target.version().getAsInt());
                    versioned = true;
                } else {
                    components[i].getAccessor().setAccessible(true);
                    values[i] = components[i].getAccessor().invoke(typed);
                }
            }
            if (!versioned) {
                return sent;
            }
            Constructor<?> canonical = typed.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            Object form = canonical.newInstance(values);
            BindingResult refreshed = new BeanPropertyBindingResult(form, sent.getObjectName());
            refreshed.addAllErrors(sent);
            target.model().addAttribute(sent.getObjectName(), form);
            target.model().addAttribute(BindingResult.MODEL_KEY_PREFIX + sent.getObjectName(), refreshed);
            return refreshed;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot copy form " + typed.getClass().getName(), e);
        }
    }

    private static void status(HttpStatus status) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getResponse() instanceof HttpServletResponse response) {
            response.setStatus(status.value());
        }
    }
}
