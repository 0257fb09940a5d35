-- After every migration, what the application's role may do: read and write the tables, but only read and add to
-- the append-only logs; it owns nothing, so it can neither alter nor truncate a table nor disable a trigger.
-- A table is an append-only log when one of its triggers calls a function whose name ends in "append_only" (so a
-- log added later is covered by naming its trigger function that way); a table whose trigger only refuses changes
-- in some states (agreement_file once sealed, activity_report once adopted) keeps UPDATE and DELETE. The audit log's
-- hash chain (audit_chain and its lock row) is written by the owner's linking trigger alone: the application reads it.
-- Old failed sign-ins are purged through the owner's sign_in_failure_purge, which the application role may call, and
-- persons past the consent registers' retention through consent_purge.
do $$
declare
    application_role constant text := '${application-role}';
    schema_name constant text := '${flyway:defaultSchema}';
    relation record;
begin
    if application_role = current_user then
        raise warning 'Samverka migrates as its application role %: it owns the tables and can alter them and their '
            'triggers; set spring.flyway.user to the owner role', application_role;
        return;
    end if;
    if not exists (select from pg_roles where rolname = application_role) then
        raise exception 'The application role % does not exist: create it first (see the README)', application_role;
    end if;
    execute format('grant usage on schema %I to %I', schema_name, application_role);
    for relation in
        select c.relname, c.relkind,
               exists (select from pg_trigger t join pg_proc p on p.oid = t.tgfoid
                       where t.tgrelid = c.oid and not t.tgisinternal and p.proname like '%append\_only') as append_only
        from pg_class c
        where c.relnamespace = schema_name::regnamespace
          and c.relkind in ('r', 'p', 'v', 'm', 'S')
          and c.relname <> '${flyway:table}'
    loop
        if relation.relkind = 'S' then
            execute format('revoke all on sequence %I from %I', relation.relname, application_role);
            execute format('grant usage, select on sequence %I to %I', relation.relname, application_role);
        else
            execute format('revoke all on table %I from %I', relation.relname, application_role);
            execute format(case when relation.relkind in ('v', 'm') then 'grant select on table %I to %I'
                                when relation.append_only then 'grant select, insert on table %I to %I'
                                else 'grant select, insert, update, delete on table %I to %I' end,
                           relation.relname, application_role);
        end if;
    end loop;
    if to_regclass(format('%I.audit_chain', schema_name)) is not null then
        execute format('revoke insert on table audit_chain from %I', application_role);
        execute format('revoke all on table audit_chain_lock from %I', application_role);
    end if;
    if to_regclass(format('%I.audit_chain_cut', schema_name)) is not null then
        execute format('revoke insert on table audit_chain_cut from %I', application_role);
    end if;
    if to_regprocedure(format('%I.audit_purge(timestamptz, integer)', schema_name)) is not null then
        execute format('grant execute on function %I.audit_purge(timestamptz, integer) to %I', schema_name,
                       application_role);
    end if;
    if to_regprocedure(format('%I.consent_purge(date, integer)', schema_name)) is not null then
        execute format('grant execute on function %I.consent_purge(date, integer) to %I', schema_name, application_role);
    end if;
    if to_regprocedure(format('%I.sign_in_failure_purge(timestamptz, integer)', schema_name)) is not null then
        execute format('grant execute on function %I.sign_in_failure_purge(timestamptz, integer) to %I',
                       schema_name, application_role);
    end if;
end $$;
