-- The audit log becomes a hash chain, names the person whose data an entry is about, and every log refuses
-- TRUNCATE.
--
-- Each entry is linked when its transaction commits: a deferred trigger locks the chain (a one-row table), reads the
-- last link, and writes the entry's link into audit_chain: its position, the last link's hash and its own hash.
-- Taking the lock at commit rather than at the insert means a transaction that audits early and works on does not
-- hold up every other auditing transaction, and cannot deadlock with them over the lock. The chain order is the
-- order of the positions; two transactions never link onto the same entry, because the lock is held until the
-- commit that wrote the link, and the next holder reads the last link afresh (READ COMMITTED; a REPEATABLE READ or
-- SERIALIZABLE transaction that audits fails at commit rather than fork the chain). The lock row is never updated,
-- so a transaction with many entries reads the last link through the index each time, not a growing row history.
--
-- A link's entry_hash is the SHA-256, in lowercase hex, of these fields in this order, each written as its length
-- in bytes (a 4-byte big-endian signed integer) followed by its UTF-8 bytes, or as the length -1 alone when null:
--   1 the format, 'samverka-audit-1'
--   2 position (decimal)                   3 audit_event.id (decimal)
--   4 occurred_at in UTC, 'YYYY-MM-DDTHH:MM:SS.ffffffZ' (always six fraction digits)
--   5 actor   6 action   7 object_type   8 object_id   9 detail   10 source_address
--   11 person_type   12 person_id
--   13 previous_hash (the previous link's entry_hash; 64 zeros before the first entry)
-- se.samverka.audit.AuditChain recomputes this in Java without using these functions.

alter table audit_event
    add column person_type varchar(40),
    add column person_id   text,
    add constraint audit_event_person check ((person_type is null) = (person_id is null));

create index audit_event_person on audit_event (person_type, person_id);
create index audit_event_actor on audit_event (lower(actor));
drop index audit_event_time;
create index audit_event_time on audit_event (occurred_at, id);

create table audit_chain (
    position      bigint   primary key check (position >= 1),
    event_id      bigint   not null unique references audit_event,
    previous_hash char(64) not null check (previous_hash ~ '^[0-9a-f]{64}$'),
    entry_hash    char(64) not null check (entry_hash ~ '^[0-9a-f]{64}$')
);

-- Locked by the linking transaction until it commits; never changed. Only the definer function below locks it, so
-- the application needs no rights on it.
create table audit_chain_lock (
    singleton boolean primary key default true check (singleton)
);

insert into audit_chain_lock values (true);

create function audit_chain_field(value text) returns bytea language sql immutable parallel safe as $$
    select case when value is null then int4send(-1)
                else int4send(octet_length(convert_to(value, 'UTF8'))) || convert_to(value, 'UTF8') end
$$;

create function audit_chain_hash(link_position bigint, entry audit_event, previous_hash text) returns char(64)
    language sql stable parallel safe as $$
    select encode(sha256(
               audit_chain_field('samverka-audit-1')
            || audit_chain_field(link_position::text)
            || audit_chain_field(entry.id::text)
            || audit_chain_field(to_char(entry.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
            || audit_chain_field(entry.actor)
            || audit_chain_field(entry.action)
            || audit_chain_field(entry.object_type)
            || audit_chain_field(entry.object_id)
            || audit_chain_field(entry.detail)
            || audit_chain_field(entry.source_address)
            || audit_chain_field(entry.person_type)
            || audit_chain_field(entry.person_id)
            || audit_chain_field(previous_hash)), 'hex')
$$;

-- Entries written before the chain existed are linked in id order.
lock table audit_event in exclusive mode;

do $$
declare
    entry     audit_event;
    last_pos  bigint := 0;
    last_hash text   := repeat('0', 64);
    link      text;
begin
    for entry in select * from audit_event order by id loop
        link := audit_chain_hash(last_pos + 1, entry, last_hash);
        insert into audit_chain (position, event_id, previous_hash, entry_hash)
        values (last_pos + 1, entry.id, last_hash, link);
        last_pos := last_pos + 1;
        last_hash := link;
    end loop;
end
$$;

create function audit_chain_link() returns trigger language plpgsql security definer
    set search_path = "${flyway:defaultSchema}", pg_temp as $$
declare
    last audit_chain;
    link text;
begin
    perform 1 from audit_chain_lock for update;
    select * into last from audit_chain order by position desc limit 1;
    link := audit_chain_hash(coalesce(last.position, 0) + 1, new, coalesce(last.entry_hash, repeat('0', 64)));
    insert into audit_chain (position, event_id, previous_hash, entry_hash)
    values (coalesce(last.position, 0) + 1, new.id, coalesce(last.entry_hash, repeat('0', 64)), link);
    return null;
end
$$;

create constraint trigger audit_event_chain after insert on audit_event
    deferrable initially deferred
    for each row execute function audit_chain_link();

-- Logs are written once: no UPDATE or DELETE of a link or of the lock, and no TRUNCATE of any log.
create function log_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end
$$;

create trigger audit_chain_append_only before update or delete on audit_chain
    for each row execute function log_append_only();

create trigger audit_chain_lock_kept before update or delete on audit_chain_lock
    for each row execute function log_append_only();

create function log_truncate_refused() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: TRUNCATE is refused', tg_table_name;
end
$$;

create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function log_truncate_refused();
create trigger audit_chain_no_truncate before truncate on audit_chain
    for each statement execute function log_truncate_refused();
create trigger audit_chain_lock_no_truncate before truncate on audit_chain_lock
    for each statement execute function log_truncate_refused();
create trigger fire_safety_check_no_truncate before truncate on fire_safety_check
    for each statement execute function log_truncate_refused();
create trigger plan_follow_up_no_truncate before truncate on plan_follow_up
    for each statement execute function log_truncate_refused();
create trigger plan_correction_no_truncate before truncate on plan_correction
    for each statement execute function log_truncate_refused();
create trigger meeting_correction_no_truncate before truncate on meeting_correction
    for each statement execute function log_truncate_refused();
create trigger activity_report_correction_no_truncate before truncate on activity_report_correction
    for each statement execute function log_truncate_refused();
create trigger agreement_file_no_truncate before truncate on agreement_file
    for each statement execute function log_truncate_refused();
