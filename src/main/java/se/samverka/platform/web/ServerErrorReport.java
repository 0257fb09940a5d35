package se.samverka.platform.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The answer to what Tomcat refuses before Spring sees it: an address with {@code %00}, an encoded {@code /} or
 * {@code \}, invalid UTF-8, or a request line or header too long. A Swedish page, or problem+json under /api, with
 * the same texts as {@link ErrorPages}; never Tomcat's English report. It has to stand on its own (Tomcat creates
 * it), so its texts come from messages_sv.properties directly and its page from {@code platform/server-error.html}.
 */
public class ServerErrorReport extends ErrorReportValve {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("messages", Locale.forLanguageTag("sv"));
    private static final String PAGE = read("/platform/server-error.html");

    public ServerErrorReport() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String code = status == 400 ? "error.400" : status < 500 ? "error.4xx" : "error.500";
        String uri = request.getRequestURI();
        boolean api = uri != null && uri.startsWith("/api/");
        String body = api
                ? """
                  {"type":"about:blank","title":"%s","status":%d,"detail":"%s"}"""
                        .formatted(json(TEXTS.getString(code + ".title")), status, json(TEXTS.getString(code)))
                : page(TEXTS.getString(code + ".title"), TEXTS.getString(code), TEXTS.getString("error.home"));
        try {
            response.setContentType(api ? "application/problem+json;charset=UTF-8" : "text/html;charset=UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response was taken over; there is no one left to tell.
        }
    }

    /** The plain Swedish error page, for answers given before Spring's views can be used. */
    static String page(String title, String message, String home) {
        return PAGE.replace("{title}", HtmlUtils.htmlEscape(title, "UTF-8"))
                .replace("{message}", HtmlUtils.htmlEscape(message, "UTF-8"))
                .replace("{home}", HtmlUtils.htmlEscape(home, "UTF-8"));
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String read(String resource) {
        try (InputStream in = ServerErrorReport.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
