-- Steering-group and cooperation meetings of a centre (§11.1, R9, Bilaga 3) and their minutes.
-- Times are local times in Europe/Stockholm.
create table meeting (
    id                bigserial primary key,
    centre_id         bigint       not null references centre,
    kind              varchar(20)  not null check (kind in ('STEERING_GROUP', 'COOPERATION')),
    starts_at         timestamp    not null,
    ends_at           timestamp    not null,
    place             varchar(300) not null,
    premises_matters  boolean      not null default false,
    adjuster          varchar(200),
    approved_at       timestamptz,
    approved_by       varchar(100),
    version           int          not null default 0,
    check (ends_at > starts_at),
    check ((adjuster is null) = (approved_at is null))
);

create index meeting_centre on meeting (centre_id, starts_at);

create table meeting_agenda_item (
    meeting_id bigint        not null references meeting on delete cascade,
    position   int           not null,
    text       varchar(300)  not null,
    primary key (meeting_id, position)
);

create table meeting_attendee (
    meeting_id bigint       not null references meeting on delete cascade,
    position   int          not null,
    operation  varchar(40)  not null,
    name       varchar(200) not null,
    present    boolean      not null,
    primary key (meeting_id, position)
);

-- The minutes' items: § 1, § 2 … is position + 1.
create table meeting_minute_item (
    meeting_id bigint        not null references meeting on delete cascade,
    position   int           not null,
    text       varchar(4000) not null,
    decision   varchar(2000),
    primary key (meeting_id, position)
);

create table meeting_action_point (
    meeting_id  bigint       not null references meeting on delete cascade,
    position    int          not null,
    description varchar(500) not null,
    owner       varchar(200) not null,
    due_on      date         not null,
    done        boolean      not null default false,
    primary key (meeting_id, position)
);

-- Corrections of approved minutes: new entries beside the item, never changed once written.
create table meeting_correction (
    id          bigserial primary key,
    meeting_id  bigint        not null references meeting,
    item_number int           not null check (item_number > 0),
    text        varchar(2000) not null,
    recorded_by varchar(100)  not null,
    recorded_at timestamptz   not null
);

create index meeting_correction_meeting on meeting_correction (meeting_id, item_number, id);

create function meeting_correction_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'meeting_correction is append-only';
end $$;

create trigger meeting_correction_append_only before update or delete on meeting_correction
    for each row execute function meeting_correction_append_only();
