-- Local cooperation agreements (Bilaga 1) and usage-right agreements (Bilaga 2). Each row is one version
-- of an agreement; the versions of one agreement share a series.

create table agreement (
    id                        bigint generated always as identity primary key,
    series                    uuid        not null,
    number                    integer     not null check (number >= 1),
    centre_id                 bigint      not null references centre,
    kind                      varchar(20) not null check (kind in ('COOPERATION', 'USAGE_RIGHT')),
    status                    varchar(20) not null check (status in ('DRAFT', 'SENT', 'SIGNED', 'SUPERSEDED')),
    starts_on                 date,
    ends_on                   date,
    extension_months          integer check (extension_months between 0 and 120),
    notice_months             integer     not null default 6 check (notice_months between 1 and 120),
    meeting_hours_per_month   numeric(5, 1) check (meeting_hours_per_month >= 0),
    steering_meetings_per_year integer check (steering_meetings_per_year between 1 and 52),
    shared_premises           boolean     not null default false,
    fire_safety               boolean     not null default false,
    threats_and_violence      boolean     not null default false,
    insurance                 boolean     not null default false,
    premises                  text,
    user_share_percent        numeric(5, 2) check (user_share_percent > 0 and user_share_percent <= 100),
    compensation_ore          bigint check (compensation_ore >= 0),
    compensation_period       varchar(10) check (compensation_period in ('MONTH', 'QUARTER', 'YEAR')),
    termination_noticed_on    date,
    document_sha256           char(64),
    created_at                timestamptz not null default now(),
    sent_at                   timestamptz,
    signed_at                 timestamptz,
    version                   integer     not null default 0,
    unique (series, number)
);

create index agreement_centre on agreement (centre_id);

-- The texts the template leaves to the parties, by key.
create table agreement_text (
    agreement_id bigint      not null references agreement on delete cascade,
    text_key     varchar(40) not null,
    text         text        not null,
    primary key (agreement_id, text_key)
);

-- The parties as they were when the version was drafted, with the one named signatory of each.
create table agreement_party (
    agreement_id        bigint      not null references agreement on delete cascade,
    position            integer     not null,
    role                varchar(40) not null,
    name                text        not null,
    principal_name      text,
    organisation_number varchar(11),
    administration      text,
    signatory_username  text,
    signatory_name      text,
    signatory_title     text,
    viewed_at           timestamptz,
    signed_at           timestamptz,
    signed_place        text,
    signed_from         text,
    primary key (agreement_id, position)
);

-- The document's sections, frozen when the version is sent for signature.
create table agreement_section (
    agreement_id bigint  not null references agreement on delete cascade,
    position     integer not null,
    number       text    not null,
    heading      text    not null,
    body         text    not null,
    primary key (agreement_id, position)
);

-- Every state change of a version: who, when, from where. Written in the transaction of the change.
create table agreement_event (
    agreement_id   bigint      not null references agreement on delete cascade,
    position       integer     not null,
    occurred_at    timestamptz not null,
    actor          text        not null,
    event          varchar(20) not null,
    detail         text,
    source_address text,
    primary key (agreement_id, position)
);

-- The document as sent (what each party signs) and, once every party has signed, the sealed original.
create table agreement_file (
    agreement_id bigint primary key references agreement on delete cascade,
    sent_pdf     bytea not null,
    sealed_pdf   bytea
);

create function agreement_file_sealed_once() returns trigger language plpgsql as $$
begin
    if old.sealed_pdf is not null then
        raise exception 'a sealed agreement document is never changed';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end;
$$;

create trigger agreement_file_sealed before update or delete on agreement_file
    for each row execute function agreement_file_sealed_once();
