-- What the county sets for the registers of persons (§13): the longest a consent may be valid, and how long a
-- person with nothing new in their record is kept. Each change is a new version, none overwritten; until the first,
-- the configured defaults (samverka.consent.max-validity-months, samverka.consent.retention-years) hold.

create table consent_setting_version (
    version             integer     primary key check (version >= 1),
    max_validity_months integer     not null check (max_validity_months between 1 and 120),
    retention_years     integer     not null check (retention_years between 1 and 50),
    recorded_at         timestamptz not null,
    recorded_by         text        not null
);

create trigger consent_setting_version_append_only before update or delete on consent_setting_version
    for each row execute function log_append_only();
create trigger consent_setting_version_no_truncate before truncate on consent_setting_version
    for each statement execute function log_truncate_refused();
