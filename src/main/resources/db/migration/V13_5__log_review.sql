-- The log review of accesses to persons (HSLF-FS 2016:40 4 kap. 9 §, as §13 of the agreement asks of every
-- operation): a LOG_REVIEWER holds for one principal and reviews the accesses in its units' registers. Each review
-- is documented once and never changed: the period, what was checked (the sample by its seed, the flags as they
-- were counted), the outcome and the action taken.

alter table user_grant drop constraint user_grant_role_check;

alter table user_grant
    add constraint user_grant_role_check
        check (role in ('COUNTY_ADMIN', 'AUDITOR', 'PRINCIPAL_ADMIN', 'LOG_REVIEWER', 'STEERING_GROUP',
                        'COORDINATOR', 'STAFF'));

create table log_review (
    id                 bigint generated always as identity primary key,
    principal_id       bigint      not null references principal,
    kind               varchar(20) not null check (kind in ('SAMPLE', 'SUSPICION')),
    period_from        date        not null,
    period_to          date        not null,
    suspected_actor    text check (length(suspected_actor) between 1 and 100),
    sample_seed        varchar(32) not null check (sample_seed ~ '^[0-9a-f]{8,32}$'),
    sample_size        integer     not null check (sample_size >= 0),
    accesses           integer     not null check (accesses >= 0),
    protected_flags    integer     not null check (protected_flags >= 0),
    outside_register_flags integer not null check (outside_register_flags >= 0),
    outside_hours_flags integer    not null check (outside_hours_flags >= 0),
    many_persons_flags integer     not null check (many_persons_flags >= 0),
    checked            text        not null check (length(checked) between 1 and 4000),
    outcome            varchar(20) not null check (outcome in ('NO_REMARKS', 'REMARKS')),
    findings           text check (length(findings) between 1 and 4000),
    action             text check (length(action) between 1 and 4000),
    reviewed_at        timestamptz not null,
    reviewed_by        text        not null,
    check (period_to >= period_from),
    check ((kind = 'SUSPICION') = (suspected_actor is not null)),
    check (outcome = 'NO_REMARKS' or (findings is not null and action is not null))
);

create index log_review_principal on log_review (principal_id, reviewed_at desc);

create trigger log_review_append_only before update or delete on log_review
    for each row execute function log_append_only();
create trigger log_review_no_truncate before truncate on log_review
    for each statement execute function log_truncate_refused();
