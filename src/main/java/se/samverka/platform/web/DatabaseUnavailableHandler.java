package se.samverka.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import se.samverka.platform.DatabaseUnavailable;

import java.io.IOException;

/**
 * A database that cannot be reached, met in any controller (pages and API): 503, rendered by {@link ErrorPages} as
 * the Swedish page or problem+json. The same failure thrown in a filter reaches {@link ErrorPages} directly.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableHandler {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableHandler.class);

    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    void unavailable(RuntimeException failure, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!DatabaseUnavailable.isCause(failure)) {
            throw failure;
        }
        log.warn("Databasen kan inte nås: {}", rootCause(failure));
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, failure);
        response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
