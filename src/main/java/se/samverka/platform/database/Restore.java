package se.samverka.platform.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reads a {@code pg_dump} file (custom format) into the new, empty database of the embedded server, as its owner,
 * in one transaction, before Flyway and the application open it. The dump carries the schema history, the logs'
 * triggers and the application role's privileges; the tables' data is loaded before their triggers are created,
 * so the audit log's chain is restored as it was, not linked again.
 */
final class Restore {

    private static final Logger log = LoggerFactory.getLogger(Restore.class);

    private Restore() {
    }

    static void from(Path dump, int port, String database) throws IOException {
        if (!Files.isReadable(dump)) {
            throw new IllegalStateException("Säkerhetskopian " + dump + " finns inte eller kan inte läsas.");
        }
        List<String> command = List.of("pg_restore", "--host=localhost", "--port=" + port,
                "--username=" + DatabaseRoles.OWNER, "--dbname=" + database, "--no-owner", "--single-transaction",
                "--exit-on-error", dump.toAbsolutePath().toString());
        log.info("Läser in säkerhetskopian {} i den nya databasen", dump);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("Återläsningen behöver pg_restore från PostgreSQL "
                    + EmbeddedDatabaseConfiguration.MAJOR_VERSION + " eller senare (Debian: apt-get install "
                    + "postgresql-client).", e);
        }
        String output = new String(process.getInputStream().readAllBytes());
        try {
            if (!process.waitFor(30, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("Återläsningen av " + dump + " tog mer än 30 minuter och avbröts.");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Återläsningen av " + dump + " avbröts.", e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("Säkerhetskopian " + dump + " kunde inte läsas in; inget lästes in. "
                    + "pg_restore svarade: " + output.strip());
        }
        log.info("Säkerhetskopian {} är inläst", dump);
    }
}
