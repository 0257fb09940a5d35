-- Failed sign-ins are kept for a retention, not for ever: the throttling counts in sign_in_throttle and never reads
-- this log, which serves whoever investigates an attack, and the audit log keeps every LOGIN_FAILED regardless.
-- A row still cannot be changed, and no one, not even the owner, deletes one younger than 30 days (by the database's
-- clock). The application's role still only reads and adds: it purges through sign_in_failure_purge, which runs as
-- the owner and deletes, oldest first, at most batch rows from before the given time (and before those 30 days).

create or replace function sign_in_failure_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.occurred_at < now() - interval '30 days' then
            return old;
        end if;
    end if;
    raise exception 'sign_in_failure is append-only: a failed sign-in is kept unchanged for at least 30 days';
end;
$$;

create function sign_in_failure_purge(before timestamptz, batch integer) returns integer
    language sql security definer set search_path = ${flyway:defaultSchema}, pg_temp as $$
    with purged as (
        delete from sign_in_failure
        where id in (select id from sign_in_failure
                     where occurred_at < least(before, now() - interval '30 days')
                     order by occurred_at
                     limit batch)
        returning 1)
    select count(*)::integer from purged;
$$;

revoke all on function sign_in_failure_purge(timestamptz, integer) from public;
