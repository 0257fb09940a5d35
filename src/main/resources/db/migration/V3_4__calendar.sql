-- A user's secret calendar subscription link; only its SHA-256 is kept.
create table calendar_link (
    id           bigserial primary key,
    username     varchar(100) not null,
    token_sha256 char(64)     not null unique,
    created_at   timestamptz  not null,
    revoked_at   timestamptz
);

create unique index calendar_link_one_active on calendar_link (lower(username)) where revoked_at is null;
