package se.samverka.platform.database;

/**
 * The embedded server's two roles. With a configured server the operator names them: the owner in
 * {@code spring.flyway.user}, the application role in {@code spring.datasource.username}.
 */
final class DatabaseRoles {

    /** Owns the schema; Flyway migrates as this role. */
    static final String OWNER = "samverka_owner";

    /** What the application connects as: no superuser, owns nothing, reads and adds to the logs only. */
    static final String APPLICATION = "samverka_app";

    private DatabaseRoles() {
    }
}
