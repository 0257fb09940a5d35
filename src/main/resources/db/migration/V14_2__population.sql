-- The number of children aged 0–5 (and of live births) per municipality and year, as the county administrator
-- imports them from SCB's Statistikdatabasen; Samverka ships no figures. An import replaces the year's figures of its
-- kind; every import is logged once.

create table population (
    municipality_code char(4) not null references municipality,
    year              integer not null check (year between 1968 and 2200),
    children_0_5      integer check (children_0_5 >= 0),
    births            integer check (births >= 0),
    primary key (municipality_code, year)
);

create table population_import (
    id          bigint generated always as identity primary key,
    year        integer     not null,
    measure     varchar(30) not null check (measure in ('CHILDREN_AGED_0_TO_5', 'LIVE_BIRTHS')),
    file_name   text        not null check (length(file_name) between 1 and 200),
    municipalities integer  not null check (municipalities >= 0),
    total       bigint      not null check (total >= 0),
    imported_by text        not null,
    imported_at timestamptz not null
);

create trigger population_import_append_only before update or delete on population_import
    for each row execute function log_append_only();
create trigger population_import_no_truncate before truncate on population_import
    for each statement execute function log_truncate_refused();
