-- The activities a centre's coordinator publishes in the public directory (§8.2): parent groups, baby massage, the
-- midwife clinic's parent-education session held at the centre (RB3d) … once, weekly or monthly (the same weekday of
-- the month: the second Tuesday, or the last when it was the fifth) until a day at most a year after the first.
-- Only published and cancelled ones are public; a cancelled one stays visible as cancelled.
create table directory_activity (
    id                bigserial primary key,
    centre_id         bigint        not null references centre,
    uid               uuid          not null unique,
    kind              varchar(30)   not null,
    title             varchar(120)  not null,
    description       varchar(2000) not null,
    starts_on         date          not null,
    start_time        time          not null,
    end_time          time          not null,
    recurrence        varchar(10)   not null,
    repeat_until      date,
    place             varchar(300)  not null,
    audience          varchar(30)   not null,
    languages         varchar(100)  not null,
    sign_up           boolean       not null,
    sign_up_how       varchar(500),
    state             varchar(12)   not null,
    plan_year         int,
    plan_activity_key int,
    version           int           not null default 0,
    changed_at        timestamptz   not null,
    check (end_time > start_time),
    check ((recurrence = 'NONE') = (repeat_until is null)),
    check (repeat_until is null or repeat_until > starts_on and repeat_until <= starts_on + 366),
    check ((plan_year is null) = (plan_activity_key is null))
);

create index directory_activity_centre on directory_activity (centre_id, starts_on);
create index directory_activity_public on directory_activity (starts_on, coalesce(repeat_until, starts_on))
    where state <> 'DRAFT';
