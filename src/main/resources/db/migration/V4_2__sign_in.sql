-- Failed sign-ins, each a row written once: the username as typed (normalised, at most 100 characters), when
-- (from the application's clock), from where, and why. Never the password.

create table sign_in_failure (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz  not null,
    username       varchar(100) not null,
    source_address varchar(64),
    reason         varchar(20)  not null check (reason in ('BAD_CREDENTIALS', 'DISABLED', 'THROTTLED'))
);

create index sign_in_failure_time on sign_in_failure (occurred_at desc);
create index sign_in_failure_username on sign_in_failure (username, occurred_at desc);

create function sign_in_failure_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'sign_in_failure is append-only';
end;
$$;

create trigger sign_in_failure_no_change before update or delete on sign_in_failure
    for each row execute function sign_in_failure_append_only();
create trigger sign_in_failure_no_truncate before truncate on sign_in_failure
    for each statement execute function sign_in_failure_append_only();

-- The current run of failed sign-ins per account (the username as typed, whether or not it exists) and per
-- source address, shared by every instance of the application. A row is a counter, not evidence: it is
-- updated, and removed when the run is over.
create table sign_in_throttle (
    kind            varchar(10)  not null check (kind in ('ACCOUNT', 'ADDRESS')),
    key             varchar(100) not null,
    failures        integer      not null check (failures >= 0),
    last_failure_at timestamptz  not null,
    blocked_until   timestamptz,
    primary key (kind, key)
);

create index sign_in_throttle_last_failure on sign_in_throttle (last_failure_at);

alter table audit_event drop constraint audit_event_action_check;
alter table audit_event add constraint audit_event_action_check
    check (action in ('READ', 'CREATE', 'UPDATE', 'DELETE', 'LOGIN', 'LOGIN_FAILED'));
