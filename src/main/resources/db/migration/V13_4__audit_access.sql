-- An access to a person's data names, in columns of their own, the role the actor acted in, the centre and unit whose
-- register it was, the purpose, and whether the person has protected identity (R13e): what the log review
-- (HSLF-FS 2016:40 4 kap. 9 §) selects and flags on.
--
-- These fields are part of the chain from here on. An entry's chain_format says how its hash is computed: entries
-- written before this migration keep format 1 (V4_3_1__audit_chain.sql); every later one is format 2, the same
-- fields with the format 'samverka-audit-2' and, after person_id and before previous_hash,
--   13 actor_role   14 centre_id (decimal)   15 unit_id (decimal)   16 purpose   17 protected_identity ('true'/'false')
-- each encoded as V4_3_1 says (null as length -1). The format is the first field hashed, so changing it breaks the link.
alter table audit_event
    add column chain_format       smallint not null default 1 check (chain_format in (1, 2)),
    add column actor_role         varchar(30),
    add column centre_id          bigint,
    add column unit_id            bigint,
    add column purpose            text check (length(purpose) between 1 and 200),
    add column protected_identity boolean;

alter table audit_event alter column chain_format set default 2;

alter table audit_event add constraint audit_event_format_1_plain check (chain_format = 2 or (
    actor_role is null and centre_id is null and unit_id is null and purpose is null and protected_identity is null));

create index audit_event_unit on audit_event (unit_id, occurred_at) where unit_id is not null;

create or replace function audit_chain_hash(link_position bigint, entry audit_event, previous_hash text)
    returns char(64) language sql stable parallel safe as $$
    select encode(sha256(
               audit_chain_field('samverka-audit-' || entry.chain_format)
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
            || case when entry.chain_format = 1 then ''::bytea
                    else audit_chain_field(entry.actor_role)
                      || audit_chain_field(entry.centre_id::text)
                      || audit_chain_field(entry.unit_id::text)
                      || audit_chain_field(entry.purpose)
                      || audit_chain_field(entry.protected_identity::text) end
            || audit_chain_field(previous_hash)), 'hex')
$$;
