package se.samverka.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * @param dataDir     where the embedded PostgreSQL keeps its data ({@code SAMVERKA_DATA_DIR})
 * @param temporary   a throw-away database in a temporary directory, for tests
 * @param restoreFrom a {@code pg_dump} file (custom format) to restore into a new data directory before the
 *                    application starts on it ({@code SAMVERKA_RESTORE_FROM}); refused when the data directory
 *                    already holds Samverka's database
 */
@ConfigurationProperties("samverka")
record EmbeddedDatabaseProperties(@DefaultValue("data") Path dataDir, @DefaultValue("false") boolean temporary,
                                  Path restoreFrom) {
}
