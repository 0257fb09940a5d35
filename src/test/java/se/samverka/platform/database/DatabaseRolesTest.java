package se.samverka.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.support.IntegrationTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The application connects as a role that owns nothing: it cannot alter, truncate or take the triggers off a table,
 * and on the append-only logs it can only read and add. The migrations ran as the owner, whose changes the logs'
 * triggers still refuse.
 */
@IntegrationTest
class DatabaseRolesTest {

    /** The logs today; a log added later is found by its trigger function's name. */
    private static final List<String> APPEND_ONLY = List.of("activity_report_correction", "agreement_event", "audit_event", "centre_history", "county_report_correction", "population_import",
            "consent", "consent_setting_version", "consent_signed_form", "consent_withdrawal", "coordinator_decision", "disclosure", "disclosure_refusal",
            "fire_safety_check", "legal_basis_version", "log_review", "meeting_correction", "plan_correction", "plan_follow_up",
            "sign_in_failure");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    EmbeddedPostgres postgres;

    @Test
    void theApplicationIsNoSuperuserAndOwnsNothing() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo(DatabaseRoles.APPLICATION);
        assertThat(jdbc.sql("select rolsuper or rolcreaterole or rolcreatedb or rolbypassrls from pg_roles where rolname = current_user")
                .query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("""
                        select count(*) from pg_class where relowner = current_user::regrole
                        union all select count(*) from pg_proc where proowner = current_user::regrole
                        union all select count(*) from pg_namespace where nspowner = current_user::regrole
                        union all select count(*) from pg_database where datdba = current_user::regrole""")
                .query(Long.class).list()).containsOnly(0L);
        assertThat(jdbc.sql("select count(*) from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r'")
                .query(Long.class).single()).isGreaterThan(20);
        assertThat(jdbc.sql("""
                        select distinct r.rolname from pg_class c join pg_roles r on r.oid = c.relowner
                        where c.relnamespace = 'public'::regnamespace""").query(String.class).list())
                .containsExactly(DatabaseRoles.OWNER);
    }

    @Test
    void theLogsCanOnlyBeReadAndAddedTo() {
        assertThat(jdbc.sql("""
                        select table_name from information_schema.table_privileges
                        where grantee = current_user and table_schema = 'public'
                        group by table_name having not bool_or(privilege_type = 'UPDATE')
                        order by table_name""").query(String.class).list())
                .as("the tables the application may not update").containsExactlyElementsOf(java.util.stream.Stream
                        .concat(APPEND_ONLY.stream(), java.util.stream.Stream.of("audit_chain", "audit_chain_cut")).sorted()
                        .toList());
        assertThat(jdbc.sql("""
                        select string_agg(privilege_type, ',' order by privilege_type)
                        from information_schema.table_privileges
                        where grantee = current_user and table_schema = 'public' and table_name = 'audit_chain'""")
                .query(String.class).single()).as("the hash chain, written by its trigger alone").isEqualTo("SELECT");
        assertThat(jdbc.sql("""
                        select string_agg(privilege_type, ',' order by privilege_type)
                        from information_schema.table_privileges
                        where grantee = current_user and table_schema = 'public' and table_name = 'audit_chain_cut'""")
                .query(String.class).single()).as("the chain's cuts, written by the purge alone").isEqualTo("SELECT");
        assertThat(jdbc.sql("""
                        select count(*) from information_schema.table_privileges
                        where grantee = current_user and table_schema = 'public' and table_name = 'audit_chain_lock'""")
                .query(Long.class).single()).as("the chain's lock row").isZero();
        for (String table : APPEND_ONLY) {
            assertThat(jdbc.sql("""
                            select string_agg(privilege_type, ',' order by privilege_type)
                            from information_schema.table_privileges
                            where grantee = current_user and table_schema = 'public' and table_name = :table""")
                    .param("table", table).query(String.class).single()).as(table).isEqualTo("INSERT,SELECT");
        }
        jdbc.sql("insert into audit_event (actor, action, object_type) values ('roles-test', 'READ', 'TEST')").update();
        assertThat(jdbc.sql("select count(*) from audit_event where actor = 'roles-test'").query(Long.class).single())
                .isEqualTo(1);

        for (String statement : List.of(
                "update audit_event set actor = 'x' where actor = 'roles-test'",
                "delete from audit_event where actor = 'roles-test'",
                "truncate audit_event",
                "truncate fire_safety_check",
                "truncate centre cascade",
                "alter table audit_event disable trigger all",
                "alter table audit_event disable trigger audit_event_no_change",
                "alter table plan_follow_up disable trigger user",
                "drop trigger audit_event_no_change on audit_event",
                "create or replace function audit_event_append_only() returns trigger language plpgsql as 'begin return new; end'",
                "alter table audit_event add column note text",
                "set session_replication_role = replica",
                "create table audit_event_copy (id bigint)")) {
            assertThatThrownBy(() -> jdbc.sql(statement).update()).as(statement)
                    .rootCause().hasMessageMatching("(?s).*(permission denied|must be owner|must be superuser|"
                            + "not allowed to set parameter).*");
        }
        assertThat(jdbc.sql("select count(*) from audit_event where actor = 'roles-test'").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aDocumentSealedOnlyLaterAndOrdinaryTablesKeepTheirUpdates() {
        for (String table : List.of("agreement_file", "activity_report", "centre", "economy_cost_item")) {
            assertThat(jdbc.sql("""
                            select string_agg(privilege_type, ',' order by privilege_type)
                            from information_schema.table_privileges
                            where grantee = current_user and table_schema = 'public' and table_name = :table""")
                    .param("table", table).query(String.class).single()).as(table).isEqualTo("DELETE,INSERT,SELECT,UPDATE");
        }
        assertThat(jdbc.sql("select count(*) from economy_cost_item").query(Long.class).single()).isNotNegative();
        assertThat(jdbc.sql("select has_table_privilege('flyway_schema_history', 'select')").query(Boolean.class).single())
                .as("the migrations' history is the owner's").isFalse();
    }

    @Test
    void theLogsTriggersStillRefuseTheOwner() {
        JdbcClient owner = JdbcClient.create(postgres.getDatabase(DatabaseRoles.OWNER, EmbeddedDatabaseConfiguration.DATABASE));
        owner.sql("insert into audit_event (actor, action, object_type) values ('roles-owner', 'READ', 'TEST')").update();
        assertThatThrownBy(() -> owner.sql("update audit_event set actor = 'x' where actor = 'roles-owner'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.sql("delete from audit_event where actor = 'roles-owner'").update())
                .hasMessageContaining("append-only");
        for (String table : APPEND_ONLY) {
            assertThatThrownBy(() -> owner.sql("truncate " + table + " cascade").update()).as(table)
                    .hasMessageContaining("append-only");
        }
        assertThat(owner.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single())
                .isFalse();
    }
}
