package se.samverka.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.SamverkaApplication;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data directory from before the roles, where the superuser owned the database and everything in it, is handed
 * over to the owner role at start, and the application connects as its own role.
 */
class EarlierDataDirectoryTest {

    @TempDir
    Path dataDir;

    @Test
    void whatTheSuperuserOwnedIsHandedOverToTheOwner() {
        try (ConfigurableApplicationContext first = start()) {
            JdbcClient superuser = JdbcClient.create(first.getBean(EmbeddedPostgres.class)
                    .getDatabase("postgres", EmbeddedDatabaseConfiguration.DATABASE));
            superuser.sql("""
                    do $$
                    declare
                        item record;
                    begin
                        alter database samverka owner to postgres;
                        for item in select relname from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r' loop
                            execute format('alter table %I owner to postgres', item.relname);
                        end loop;
                        for item in select oid::regprocedure as function from pg_proc where pronamespace = 'public'::regnamespace loop
                            execute format('alter function %s owner to postgres', item.function);
                        end loop;
                        revoke all on all tables in schema public from samverka_app;
                    end $$""").update();
            superuser.sql("insert into sub_region (code, name) values ('EARLIER', 'Från förr')").update();
            assertThat(superuser.sql("select count(*) from pg_class where relnamespace = 'public'::regnamespace "
                    + "and relowner = 'samverka_owner'::regrole").query(Long.class).single()).isZero();
        }

        try (ConfigurableApplicationContext second = start()) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select name from sub_region where code = 'EARLIER'").query(String.class).single())
                    .isEqualTo("Från förr");
            JdbcClient superuser = JdbcClient.create(second.getBean(EmbeddedPostgres.class).getPostgresDatabase());
            assertThat(superuser.sql("""
                            select distinct r.rolname from pg_class c join pg_roles r on r.oid = c.relowner
                            where c.relnamespace = 'public'::regnamespace
                            union select distinct r.rolname from pg_proc p join pg_roles r on r.oid = p.proowner
                            where p.pronamespace = 'public'::regnamespace
                            union select pg_get_userbyid(datdba) from pg_database where datname = 'samverka'""")
                    .query(String.class).list()).containsExactly(DatabaseRoles.OWNER);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SamverkaApplication.class)
                .properties("samverka.data-dir=" + dataDir, "samverka.demo=false", "server.port=0",
                        "logging.level.io.zonky=WARN")
                .run();
    }
}
