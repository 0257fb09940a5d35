-- Centres, the base operations and other actors taking part, steering groups and coordinators.

create table steering_group (
    id      bigint generated always as identity primary key,
    name    text    not null,
    version integer not null default 0
);

create table steering_group_member (
    steering_group_id bigint  not null references steering_group on delete cascade,
    position          integer not null,
    name              text    not null,
    title             text    not null,
    operation         varchar(40)
        check (operation in ('MIDWIFE_CLINIC', 'CHILD_HEALTH', 'OPEN_PRESCHOOL', 'PREVENTIVE_SOCIAL_SERVICES')),
    primary key (steering_group_id, position)
);

create table centre (
    id                        bigint generated always as identity primary key,
    name                      text        not null,
    street                    text        not null,
    postal_code               char(6)     not null check (postal_code ~ '^[0-9]{3} [0-9]{2}$'),
    city                      text        not null,
    municipality_code         char(4)     not null references municipality,
    prioritised_area          boolean     not null default false,
    steering_group_id         bigint references steering_group,
    coordinator_name          text,
    coordinator_employer_id   bigint references principal,
    coordinator_service_grade integer check (coordinator_service_grade between 1 and 100),
    coordinator_appointed_on  date,
    created_at                timestamptz not null default now(),
    version                   integer     not null default 0,
    check ((coordinator_name is null) = (coordinator_employer_id is null)),
    check ((coordinator_name is null) = (coordinator_service_grade is null))
);

create index centre_municipality on centre (municipality_code);
create index centre_steering_group on centre (steering_group_id);

create table participation (
    centre_id  bigint      not null references centre on delete cascade,
    operation  varchar(40) not null
        check (operation in ('MIDWIFE_CLINIC', 'CHILD_HEALTH', 'OPEN_PRESCHOOL', 'PREVENTIVE_SOCIAL_SERVICES')),
    unit_id    bigint      not null references unit,
    co_located boolean     not null,
    primary key (centre_id, operation)
);

create index participation_unit on participation (unit_id);

create table centre_other_actor (
    centre_id   bigint      not null references centre on delete cascade,
    position    integer     not null,
    actor       varchar(40) not null,
    description text,
    primary key (centre_id, position)
);
