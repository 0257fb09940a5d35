-- A centre's annual activity report (verksamhetsberättelse, §11.2, R11.2b): one per centre and calendar year, a
-- fixed list of sections, adopted once, then only corrected beside.
create table activity_report (
    id              bigserial primary key,
    centre_id       bigint       not null references centre,
    year            int          not null check (year between 2000 and 2100),
    facts_at        timestamptz  not null,
    adopted_at      timestamptz,
    adopted_by      varchar(100),
    adopted_by_name varchar(200),
    version         int          not null default 0,
    unique (centre_id, year),
    check ((adopted_at is null) = (adopted_by is null)),
    check ((adopted_at is null) = (adopted_by_name is null))
);

-- text is what the report says; generated is what Samverka last wrote from its facts, to tell edits apart.
create table activity_report_section (
    report_id bigint      not null references activity_report on delete cascade,
    position  int         not null,
    section   varchar(20) not null
        check (section in ('ABOUT', 'GOVERNANCE', 'GOALS', 'ACTIVITIES', 'EVALUATION', 'NEXT_YEAR')),
    text      text        not null,
    generated text        not null,
    primary key (report_id, position),
    unique (report_id, section)
);

-- Corrections of adopted reports: new entries beside the section, never changed once written.
create table activity_report_correction (
    id          bigserial primary key,
    report_id   bigint        not null references activity_report,
    section     varchar(20)   not null,
    text        varchar(4000) not null,
    recorded_by varchar(100)  not null,
    recorded_at timestamptz   not null
);

create index activity_report_correction_report on activity_report_correction (report_id, id);

create function activity_report_correction_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'activity_report_correction is append-only';
end $$;

create trigger activity_report_correction_append_only before update or delete on activity_report_correction
    for each row execute function activity_report_correction_append_only();

-- An adopted report is final: the row is never updated again (every change of the aggregate updates its row).
create function activity_report_adopted_final() returns trigger language plpgsql as $$
begin
    if old.adopted_at is not null then
        raise exception 'activity_report % is adopted and final', old.id;
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end $$;

create trigger activity_report_adopted_final before update or delete on activity_report
    for each row execute function activity_report_adopted_final();
