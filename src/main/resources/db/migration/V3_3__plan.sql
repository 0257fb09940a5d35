-- A centre's joint operational plan (verksamhetsplan) per calendar year, its follow-up and year-end evaluation
-- (§12, R12; §11.2: the coordinator draws it up on the steering group's behalf).
create table plan (
    id                 bigserial primary key,
    centre_id          bigint        not null references centre,
    year               int           not null check (year between 2000 and 2100),
    overall_evaluation varchar(4000),
    locked_at          timestamptz,
    locked_by          varchar(100),
    version            int           not null default 0,
    unique (centre_id, year),
    check ((locked_at is null) = (locked_by is null))
);

create table plan_goal (
    plan_id            bigint        not null references plan on delete cascade,
    position           int           not null,
    text               varchar(1000) not null,
    indicator          varchar(1000) not null,
    target             varchar(1000) not null,
    responsible        varchar(200)  not null,
    assessment         varchar(20),
    assessment_comment varchar(4000),
    primary key (plan_id, position)
);

create table plan_activity (
    plan_id       bigint       not null references plan on delete cascade,
    position      int          not null,
    kind          varchar(30)  not null,
    title         varchar(300) not null,
    planned_on    date,
    planned_month int check (planned_month between 1 and 12),
    responsible   varchar(200) not null,
    primary key (plan_id, position),
    check (planned_on is not null or planned_month is not null)
);

-- Follow-up entries and corrections after adoption are kept as written: a correction is a new entry.
create table plan_follow_up (
    id          bigserial primary key,
    plan_id     bigint        not null references plan,
    goal        int           not null,
    entered_on  date          not null,
    value       varchar(300)  not null,
    comment     varchar(2000),
    corrects    bigint references plan_follow_up,
    recorded_by varchar(100)  not null,
    recorded_at timestamptz   not null
);

create index plan_follow_up_plan on plan_follow_up (plan_id, goal, entered_on);

create table plan_correction (
    id          bigserial primary key,
    plan_id     bigint        not null references plan,
    goal        int,
    text        varchar(4000) not null,
    recorded_by varchar(100)  not null,
    recorded_at timestamptz   not null
);

create index plan_correction_plan on plan_correction (plan_id);

create function plan_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end $$;

create trigger plan_follow_up_append_only before update or delete on plan_follow_up
    for each row execute function plan_entry_append_only();

create trigger plan_correction_append_only before update or delete on plan_correction
    for each row execute function plan_entry_append_only();
