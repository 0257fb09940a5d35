-- An agreement's events (created, sent, viewed, signed with the source address …) are evidence: rows written once,
-- no longer a child collection of the version that every save deleted and wrote again. The rows so far are kept,
-- in their order.
create table agreement_event_log (
    id             bigint generated always as identity primary key,
    agreement_id   bigint      not null references agreement,
    occurred_at    timestamptz not null,
    actor          text        not null,
    event          varchar(20) not null check (event in ('CREATED', 'EDITED', 'SENT', 'RECALLED', 'VIEWED', 'SIGNED',
                                                         'SEALED', 'AMENDED', 'SUPERSEDED', 'TERMINATED')),
    detail         text,
    source_address text
);

insert into agreement_event_log (agreement_id, occurred_at, actor, event, detail, source_address)
select agreement_id, occurred_at, actor, event, detail, source_address
from agreement_event
order by agreement_id, position;

drop table agreement_event;
alter table agreement_event_log rename to agreement_event;
alter index agreement_event_log_pkey rename to agreement_event_pkey;
alter table agreement_event rename constraint agreement_event_log_agreement_id_fkey to agreement_event_agreement_id_fkey;
alter table agreement_event rename constraint agreement_event_log_event_check to agreement_event_event_check;

create index agreement_event_agreement on agreement_event (agreement_id, id);

create function agreement_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'agreement_event is append-only';
end $$;

create trigger agreement_event_append_only before update or delete on agreement_event
    for each row execute function agreement_event_append_only();
create trigger agreement_event_no_truncate before truncate on agreement_event
    for each statement execute function agreement_event_append_only();
