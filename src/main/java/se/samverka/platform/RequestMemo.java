package se.samverka.platform;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.function.Supplier;

/**
 * Remembers what a read found for the rest of a GET or HEAD request, so that the sections and checklist rules of one
 * page that need the same facts read them once. A request that may change data (POST) and work outside a request
 * read every time, so nothing remembered can be older than a change of the same request.
 */
public final class RequestMemo {

    private static final String PREFIX = RequestMemo.class.getName() + ".";

    private RequestMemo() {
    }

    /** What {@code read} returns; the value should be immutable, as later callers of the request share it. */
    @SuppressWarnings("unchecked")
    public static <T> T remember(String key, Supplier<T> read) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)
                || !("GET".equals(request.getRequest().getMethod()) || "HEAD".equals(request.getRequest().getMethod()))) {
            return read.get();
        }
        Object remembered = request.getAttribute(PREFIX + key, RequestAttributes.SCOPE_REQUEST);
        if (remembered != null) {
            return (T) remembered;
        }
        T value = read.get();
        if (value != null) {
            request.setAttribute(PREFIX + key, value, RequestAttributes.SCOPE_REQUEST);
        }
        return value;
    }
}
