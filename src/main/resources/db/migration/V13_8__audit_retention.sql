-- Audit entries are kept for five years (the issue of §13: "audit entries 5 years"), then purged from the start of
-- the chain. Where the chain is cut, audit_chain_cut keeps the last purged link's position and hash, and the
-- verification starts from there: the first remaining link must name that hash as its previous one. Only
-- audit_purge (run as the owner) deletes, only a run of links from the start whose entries are all older than five
-- years (by the database's clock), and only while it has said so for its own transaction; everyone else, the owner
-- too, is refused as before.

create table audit_chain_cut (
    position        bigint      primary key check (position >= 1),
    entry_hash      char(64)    not null check (entry_hash ~ '^[0-9a-f]{64}$'),
    occurred_before timestamptz not null,
    purged          bigint      not null check (purged >= 1),
    cut_at          timestamptz not null default now()
);

create trigger audit_chain_cut_append_only before update or delete on audit_chain_cut
    for each row execute function log_append_only();
create trigger audit_chain_cut_no_truncate before truncate on audit_chain_cut
    for each statement execute function log_truncate_refused();

create or replace function audit_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('samverka.audit_purge', true) = 'on'
       and old.occurred_at < now() - interval '5 years' then
        return old;
    end if;
    raise exception 'audit_event is append-only';
end
$$;

create function audit_chain_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('samverka.audit_purge', true) = 'on'
       and exists (select 1 from audit_event e where e.id = old.event_id
                   and e.occurred_at < now() - interval '5 years') then
        return old;
    end if;
    raise exception '% is append-only', tg_table_name;
end
$$;

drop trigger audit_chain_append_only on audit_chain;
create trigger audit_chain_append_only before update or delete on audit_chain
    for each row execute function audit_chain_append_only();

-- After a cut with nothing left after it, the next link continues from the cut, not from the start.
create or replace function audit_chain_link() returns trigger language plpgsql security definer
    set search_path = "${flyway:defaultSchema}", pg_temp as $$
declare
    last_position bigint;
    last_hash     text;
    link          text;
begin
    perform 1 from audit_chain_lock for update;
    select position, entry_hash into last_position, last_hash from audit_chain order by position desc limit 1;
    if last_position is null then
        select position, entry_hash into last_position, last_hash from audit_chain_cut order by position desc limit 1;
    end if;
    link := audit_chain_hash(coalesce(last_position, 0) + 1, new, coalesce(last_hash, repeat('0', 64)));
    insert into audit_chain (position, event_id, previous_hash, entry_hash)
    values (coalesce(last_position, 0) + 1, new.id, coalesce(last_hash, repeat('0', 64)), link);
    return null;
end
$$;

-- Purges up to batch links from the start of the chain whose entries all happened before before (at most five years
-- ago), with their entries, and notes the cut; returns how many.
create function audit_purge(before timestamptz, batch integer) returns integer
    language plpgsql security definer set search_path = "${flyway:defaultSchema}", pg_temp as $$
declare
    cutoff constant timestamptz := least(before, now() - interval '5 years');
    upto  bigint;
    first bigint;
    hash  text;
begin
    perform 1 from audit_chain_lock for update;
    select max(position) filter (where all_old), min(position) into upto, first from (
        select c.position, bool_and(e.occurred_at < cutoff) over (order by c.position) as all_old
        from audit_chain c join audit_event e on e.id = c.event_id
        order by c.position
        limit batch) run;
    if upto is null then
        return 0;
    end if;
    select entry_hash into hash from audit_chain where position = upto;
    insert into audit_chain_cut (position, entry_hash, occurred_before, purged)
    values (upto, hash, cutoff, upto - first + 1);
    perform set_config('samverka.audit_purge', 'on', true);
    with gone as (delete from audit_chain where position between first and upto returning event_id)
    delete from audit_event where id in (select event_id from gone);
    perform set_config('samverka.audit_purge', 'off', true);
    return upto - first + 1;
end
$$;

revoke all on function audit_purge(timestamptz, integer) from public;
