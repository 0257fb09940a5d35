package se.samverka.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.support.IntegrationTest;

import java.sql.SQLTransientConnectionException;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A database failure thrown in a filter (such as sign-in) reaches the error page as the request's exception, 500 by
 * the servlet container's count; the error page tells it apart and answers 503.
 */
@IntegrationTest
class DatabaseUnavailablePageTest {

    @Autowired
    MockMvc mvc;

    private static ServletException fromAFilter() {
        return new ServletException(new InternalAuthenticationServiceException("sign-in", new CannotGetJdbcConnectionException(
                "no connection", new SQLTransientConnectionException("request timed out after 2500ms"))));
    }

    @Test
    void aPageSaysTheDatabaseCannotBeReached() throws Exception {
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/login")
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, fromAFilter()))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().string(containsString("Samverka kan inte nå databasen just nu")));
    }

    @Test
    void theApiSaysItAsProblemJson() throws Exception {
        mvc.perform(get("/error").accept(MediaType.APPLICATION_JSON)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/centres")
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, fromAFilter()))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Samverka kan inte nå databasen just nu"))
                .andExpect(jsonPath("$.detail").value(containsString("Databasen svarar inte")));
    }

    @Test
    void anyOtherFailureIsStillAnUnexpectedError() throws Exception {
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/centres")
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new ServletException(new IllegalStateException("bug"))))
                .andExpect(status().isInternalServerError())
                .andExpect(header().doesNotExist("Retry-After"))
                .andExpect(content().string(containsString("Något gick fel")));
    }
}
