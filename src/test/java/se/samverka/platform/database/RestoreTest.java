package se.samverka.platform.database;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a failed restore says in the start-up log: the client's errors, never the dump's rows it quotes. */
class RestoreTest {

    @Test
    void theRowsThatTheClientQuotesAreLeftOut() {
        String psql = """
                psql:samverka.sql:120: ERROR:  invalid input syntax for type bigint: "x"
                CONTEXT:  COPY app_user, line 3, column id: "Anna Berg anna.berg@example.se"
                DETAIL:  Key (username)=(anna.berg) already exists.
                """;
        assertThat(Restore.errors(psql))
                .isEqualTo("psql:samverka.sql:120: ERROR:  invalid input syntax for type bigint: \"x\"")
                .doesNotContain("Anna").doesNotContain("anna.berg");
        assertThat(Restore.errors("pg_restore: error: input file does not appear to be a valid archive\n"))
                .isEqualTo("pg_restore: error: input file does not appear to be a valid archive");
    }
}
