package se.samverka.platform.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Reads a {@code pg_dump} file into the new, empty database of the embedded server, as its owner, in one
 * transaction, before Flyway and the application open it. The dump carries the schema history, the logs' triggers
 * and the application role's privileges; the tables' data is loaded before their triggers are created, so the audit
 * log's chain is restored as it was, not linked again.
 * <p>
 * A custom-format archive ({@code bin/backup}, {@code pg_dump --format=custom}) is read by {@code pg_restore}; a dump
 * in SQL ({@code --format=plain}, the way data moves from a data directory of another major version) by {@code psql},
 * stopping at the first error. The one line a newer {@code pg_dump} writes that PostgreSQL 15 does not know,
 * {@code SET transaction_timeout = 0;} (PostgreSQL 17), is left out.
 */
final class Restore {

    private static final Logger log = LoggerFactory.getLogger(Restore.class);
    private static final byte[] ARCHIVE_MAGIC = "PGDMP".getBytes(StandardCharsets.US_ASCII);
    private static final String UNKNOWN_TO_15 = "SET transaction_timeout = 0;";

    private Restore() {
    }

    static void from(Path dump, int port, String database) throws IOException {
        if (!Files.isReadable(dump) || Files.isDirectory(dump)) {
            throw new DataDirectoryRefused("Säkerhetskopian " + dump + " finns inte eller kan inte läsas.",
                    "Ange en pg_dump-fil som Samverka kan läsa med SAMVERKA_RESTORE_FROM.");
        }
        boolean archive = isArchive(dump);
        var command = new ArrayList<>(archive
                ? List.of("pg_restore", "--no-owner", "--single-transaction", "--exit-on-error")
                : List.of("psql", "--no-psqlrc", "--quiet", "--single-transaction", "--set=ON_ERROR_STOP=1",
                        "--file=-"));
        command.addAll(List.of("--host=localhost", "--port=" + port, "--username=" + DatabaseRoles.OWNER,
                "--dbname=" + database));
        if (archive) {
            command.add(dump.toAbsolutePath().toString());
        }
        log.info("Läser in säkerhetskopian {} i den nya databasen", dump);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new DataDirectoryRefused("Återläsningen behöver " + command.getFirst() + " från PostgreSQL "
                    + EmbeddedDatabaseConfiguration.MAJOR_VERSION + " eller senare, och det finns inte här.",
                    "Installera PostgreSQL-klienten (Debian: apt-get install postgresql-client) och starta igen.", e);
        }
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        if (archive) {
            process.getOutputStream().close();
        } else {
            try {
                feed(dump, process);
            } catch (IOException e) {
                process.destroyForcibly();
                throw new DataDirectoryRefused("Säkerhetskopian " + dump + " kunde inte läsas in; inget lästes in. "
                        + "Den kunde inte läsas som SQL i UTF-8: " + e.getMessage(),
                        "Ange en dump från pg_dump (--format=custom, eller --format=plain) med SAMVERKA_RESTORE_FROM.", e);
            }
        }
        try {
            if (!process.waitFor(30, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new DataDirectoryRefused("Återläsningen av " + dump + " tog mer än 30 minuter och avbröts; "
                        + "inget lästes in.", "Starta igen med en mindre belastad maskin eller en annan dump.");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new DataDirectoryRefused("Återläsningen av " + dump + " avbröts; inget lästes in.",
                    "Starta igen med samma SAMVERKA_DATA_DIR och SAMVERKA_RESTORE_FROM.", e);
        }
        if (process.exitValue() != 0) {
            throw new DataDirectoryRefused("Säkerhetskopian " + dump + " kunde inte läsas in; inget lästes in. "
                    + command.getFirst() + " svarade: " + errors(output.join()),
                    "Kontrollera att filen är en dump av Samverkas databas från pg_dump (--format=custom, eller "
                            + "--format=plain från en annan PostgreSQL-version) och starta igen med samma "
                            + "SAMVERKA_DATA_DIR.");
        }
        log.info("Säkerhetskopian {} är inläst", dump);
    }

    private static boolean isArchive(Path dump) throws IOException {
        try (InputStream in = Files.newInputStream(dump)) {
            return Arrays.equals(in.readNBytes(ARCHIVE_MAGIC.length), ARCHIVE_MAGIC);
        }
    }

    /** The SQL to psql's standard input, line by line, without the setting PostgreSQL 15 does not know. */
    private static void feed(Path dump, Process process) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(dump, StandardCharsets.UTF_8);
             var out = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.equals(UNKNOWN_TO_15)) {
                    out.write(line);
                    out.write('\n');
                }
            }
        } catch (IOException e) {
            if (process.isAlive()) {
                throw e;
            }
            // psql stopped at an error before it read everything: its exit value and output say which
        }
    }

    /**
     * What the client said, without its CONTEXT and DETAIL lines, which quote the dump's rows: the answer ends up in
     * the start-up log, and the rows may hold personal data.
     */
    static String errors(String output) {
        return output.lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("CONTEXT") && !line.startsWith("DETAIL")
                        && !line.contains("CONTEXT:") && !line.contains("DETAIL:"))
                .limit(5).collect(Collectors.joining(" "));
    }

    private static String read(InputStream output) {
        try {
            return new String(output.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
