-- Users and what they may do. A grant's scope is a principal (PRINCIPAL_ADMIN), a centre
-- (STEERING_GROUP, COORDINATOR) or a unit (STAFF); COUNTY_ADMIN has none.

create table app_user (
    id            bigint generated always as identity primary key,
    username      varchar(100) not null,
    display_name  text         not null,
    email         text,
    password_hash text,
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now(),
    version       integer      not null default 0
);

create unique index app_user_username on app_user (lower(username));

create table user_grant (
    app_user_id bigint      not null references app_user on delete cascade,
    role        varchar(30) not null
        check (role in ('COUNTY_ADMIN', 'PRINCIPAL_ADMIN', 'STEERING_GROUP', 'COORDINATOR', 'STAFF')),
    scope_id    bigint,
    check ((role = 'COUNTY_ADMIN') = (scope_id is null)),
    unique nulls not distinct (app_user_id, role, scope_id)
);
