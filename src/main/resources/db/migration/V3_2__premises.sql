-- A centre's shared premises (§14.1, R14d) and its systematic fire-safety work (Bilaga 1 avsnitt 12).
create table premises (
    id                        bigserial primary key,
    centre_id                 bigint      not null unique references centre,
    representative            varchar(200),
    appointed_on              date,
    assembly_point            varchar(300),
    evacuation_plan           boolean     not null default false,
    round_interval_months     int         not null default 3 check (round_interval_months between 1 and 24),
    alarm_check_interval_months int       not null default 3 check (alarm_check_interval_months between 1 and 24),
    drill_interval_months     int         not null default 12 check (drill_interval_months between 1 and 24),
    version                   int         not null default 0
);

create table premises_area (
    premises_id   bigint       not null references premises on delete cascade,
    position      int          not null,
    kind          varchar(30)  not null,
    description   varchar(300),
    square_metres numeric(7, 1) check (square_metres > 0),
    primary key (premises_id, position)
);

create table fire_safety_check (
    id           bigserial primary key,
    centre_id    bigint        not null references centre,
    kind         varchar(30)   not null,
    performed_on date          not null,
    outcome      varchar(2000) not null,
    deviations   boolean       not null,
    recorded_by  varchar(100)  not null,
    recorded_at  timestamptz   not null
);

create index fire_safety_check_centre on fire_safety_check (centre_id, kind, performed_on);

-- The log is kept as written: a correction is a new entry.
create function fire_safety_check_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'fire_safety_check is append-only';
end $$;

create trigger fire_safety_check_append_only before update or delete on fire_safety_check
    for each row execute function fire_safety_check_append_only();
