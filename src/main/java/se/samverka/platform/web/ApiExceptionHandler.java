package se.samverka.platform.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import se.samverka.platform.InvalidRequestException;
import se.samverka.platform.Texts;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import java.util.List;
import java.util.Map;

/**
 * Errors of the REST API as problem+json (RFC 9457) with a Swedish {@code detail}; the standard
 * Spring MVC exceptions get their Swedish texts from {@code problemDetail.*} in messages_sv.properties.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final Texts texts;

    ApiExceptionHandler(Texts texts) {
        this.texts = texts;
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequestException exception) {
        String detail = String.join(" ", exception.problems().stream()
                .map(problem -> problem.field() + ": " + problem.message()).toList());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(texts.message("error.400.title"));
        problem.setProperty("errors", exception.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList());
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, unreadable(exception));
        problem.setTitle(texts.message("error.400.title"));
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = exception instanceof MethodArgumentTypeMismatchException mismatch
                ? mismatch.getName() : exception.getPropertyName();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                texts.message("api.type-mismatch", name, String.valueOf(exception.getValue())));
        problem.setTitle(texts.message("error.400.title"));
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private String unreadable(HttpMessageNotReadableException exception) {
        Throwable cause = exception.getCause();
        if (cause instanceof InvalidFormatException format) {
            return texts.message("api.json.invalid-value", path(format), String.valueOf(format.getValue()));
        }
        if (cause instanceof MismatchedInputException mismatch) {
            return mismatch.getPath().isEmpty()
                    ? texts.message("api.json.not-an-object")
                    : texts.message("api.json.wrong-type", path(mismatch));
        }
        if (cause instanceof StreamReadException read && read.getLocation() != null) {
            return texts.message("api.json.malformed", read.getLocation().getLineNr(), read.getLocation().getColumnNr());
        }
        if (cause instanceof JacksonException) {
            return texts.message("api.json.unreadable");
        }
        return texts.message("api.json.missing-body");
    }

    private static String path(DatabindException exception) {
        var path = new StringBuilder();
        List<tools.jackson.core.JacksonException.Reference> references = exception.getPath();
        for (var reference : references) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "(roten)" : path.toString();
    }
}
