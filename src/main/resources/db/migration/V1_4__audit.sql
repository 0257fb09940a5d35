-- Who read or wrote what personal data, and every other state change worth tracing. Append-only.

create table audit_event (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz not null default now(),
    actor          text        not null,
    action         varchar(20) not null check (action in ('READ', 'CREATE', 'UPDATE', 'DELETE', 'LOGIN')),
    object_type    varchar(40) not null,
    object_id      text,
    detail         text,
    source_address text
);

create index audit_event_object on audit_event (object_type, object_id);
create index audit_event_time on audit_event (occurred_at desc);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;

create trigger audit_event_no_change before update or delete on audit_event
    for each row execute function audit_event_append_only();
