-- The county's yearly follow-up report to Vårdsamverkan Västra Götaland (§4): one per calendar year, its figures as
-- compiled (JSON, so that an adopted report shows the same figures later), a text per chapter that the county writes,
-- adopted once, then only corrected beside.
create table county_report (
    id              bigserial primary key,
    year            int          not null unique check (year between 2000 and 2100),
    figures         text         not null,
    facts_at        timestamptz  not null,
    adopted_at      timestamptz,
    adopted_by      varchar(100),
    adopted_by_name varchar(200),
    version         int          not null default 0,
    check ((adopted_at is null) = (adopted_by is null)),
    check ((adopted_at is null) = (adopted_by_name is null))
);

create table county_report_text (
    report_id bigint      not null references county_report on delete cascade,
    position  int         not null,
    chapter   varchar(20) not null check (chapter in ('SUMMARY', 'KINDS', 'AGREEMENTS', 'COORDINATION', 'MEETINGS',
                                                      'MIDWIFE', 'PLANS', 'REPORTS', 'PREMISES', 'CONSENTS')),
    text      text        not null check (length(text) <= 20000),
    primary key (report_id, position),
    unique (report_id, chapter)
);

create table county_report_correction (
    id          bigserial primary key,
    report_id   bigint        not null references county_report,
    chapter     varchar(20)   not null,
    text        varchar(4000) not null,
    recorded_by varchar(100)  not null,
    recorded_at timestamptz   not null
);

create index county_report_correction_report on county_report_correction (report_id, id);

create trigger county_report_correction_append_only before update or delete on county_report_correction
    for each row execute function log_append_only();
create trigger county_report_correction_no_truncate before truncate on county_report_correction
    for each statement execute function log_truncate_refused();

-- An adopted report is final: the row is never updated again (every change of the aggregate, its texts' too, updates
-- its row).
create function county_report_adopted_final() returns trigger language plpgsql as $$
begin
    if old.adopted_at is not null then
        raise exception 'county_report % is adopted and final', old.id;
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end $$;

create trigger county_report_adopted_final before update or delete on county_report
    for each row execute function county_report_adopted_final();
