package se.samverka.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import se.samverka.platform.DatabaseUnavailable;
import se.samverka.platform.Texts;

import java.net.URI;

/**
 * Every error ends here: API paths get problem+json (RFC 9457), pages get a Swedish error page.
 * Nothing internal (stack traces, exception messages) is shown. A database that cannot be reached, wherever it was
 * met (a controller, a filter such as sign-in), is 503 with Retry-After.
 */
@Controller
class ErrorPages implements ErrorController {

    private final Texts texts;

    ErrorPages(Texts texts) {
        this.texts = texts;
    }

    @RequestMapping(path = "/error", produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, texts.message(messageCode(status)));
        problem.setTitle(texts.message(messageCode(status) + ".title"));
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
            problem.setInstance(URI.create(uri));
        }
        var answer = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            answer.header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        }
        return answer.body(problem);
    }

    @RequestMapping("/error")
    Object page(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri && uri.startsWith("/api/")) {
            return problem(request);
        }
        HttpStatus status = status(request);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        }
        model.addAttribute("status", status.value());
        model.addAttribute("messageCode", messageCode(status));
        var page = new ModelAndView("error", model.asMap());
        page.setStatus(status);
        return page;
    }

    private static HttpStatus status(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && DatabaseUnavailable.isCause(failure)) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            // Asked for directly, not forwarded to after an error: there is no such page.
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String messageCode(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "error.400";
            case UNAUTHORIZED -> "error.401";
            case FORBIDDEN -> "error.403";
            case NOT_FOUND -> "error.404";
            case METHOD_NOT_ALLOWED -> "error.405";
            case CONFLICT -> "error.409";
            case CONTENT_TOO_LARGE -> "error.413";
            case UNSUPPORTED_MEDIA_TYPE -> "error.415";
            case SERVICE_UNAVAILABLE -> "error.503";
            default -> status.is4xxClientError() ? "error.4xx" : "error.500";
        };
    }
}
