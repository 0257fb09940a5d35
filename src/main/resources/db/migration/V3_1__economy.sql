-- Shared costs (§14.1): cost items per centre, year and settlement period; each year's period length and
-- key; and the settlements that have been closed. Amounts are whole öre (R14c).

create table economy_year (
    id            bigint generated always as identity primary key,
    centre_id     bigint      not null references centre,
    year          integer     not null check (year between 2000 and 2100),
    period_length varchar(10) not null check (period_length in ('MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR')),
    version       integer     not null default 0,
    unique (centre_id, year)
);

-- The local agreement's key for other shared costs (R14b): a weight per participating operation.
create table economy_key_weight (
    economy_year_id bigint        not null references economy_year on delete cascade,
    operation       varchar(30)   not null check (operation in ('MIDWIFE_CLINIC', 'CHILD_HEALTH', 'OPEN_PRESCHOOL',
                                                                 'PREVENTIVE_SOCIAL_SERVICES')),
    weight          numeric(12, 4) not null check (weight >= 0),
    primary key (economy_year_id, operation)
);

create table economy_cost_item (
    id          bigint generated always as identity primary key,
    centre_id   bigint       not null references centre,
    year        integer      not null check (year between 2000 and 2100),
    period      varchar(3)   not null,
    category    varchar(30)  not null,
    description varchar(300) not null,
    amount_ore  bigint       not null check (amount_ore >= 0),
    payer       varchar(30)  not null check (payer in ('MIDWIFE_CLINIC', 'CHILD_HEALTH', 'OPEN_PRESCHOOL',
                                                       'PREVENTIVE_SOCIAL_SERVICES')),
    corrects_id bigint references economy_cost_item,
    created_at  timestamptz  not null default now(),
    version     integer      not null default 0
);

create index economy_cost_item_centre_year on economy_cost_item (centre_id, year, period);

-- A closed (locked) settlement: its items never change again. The operations that took part are kept, so
-- the settlement reads the same even if the centre's participations change later.
create table economy_closed_period (
    id         bigint generated always as identity primary key,
    centre_id  bigint       not null references centre,
    year       integer      not null,
    period     varchar(3)   not null,
    operations varchar(200) not null,
    closed_by  varchar(100) not null,
    closed_at  timestamptz  not null default now(),
    unique (centre_id, year, period)
);
