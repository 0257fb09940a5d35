-- The steering group's decisions about a centre's coordinator (§11.2), each written once.
create table coordinator_decision (
    id            bigint generated always as identity primary key,
    centre_id     bigint      not null references centre,
    decision      varchar(20) not null check (decision in ('APPOINTED', 'DISMISSED')),
    decided_on    date        not null,
    name          text,
    employer_id   bigint references principal,
    service_grade integer check (service_grade between 1 and 100),
    recorded_by   text        not null,
    recorded_at   timestamptz not null,
    check ((decision = 'APPOINTED') = (name is not null and employer_id is not null and service_grade is not null))
);

create index coordinator_decision_centre on coordinator_decision (centre_id, id);

create function coordinator_decision_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'coordinator_decision is append-only';
end $$;

create trigger coordinator_decision_append_only before update or delete on coordinator_decision
    for each row execute function coordinator_decision_append_only();
create trigger coordinator_decision_no_truncate before truncate on coordinator_decision
    for each statement execute function coordinator_decision_append_only();

-- A change that needs another party's consent before it takes effect: one of its units taking part in a centre,
-- or employing the centre's coordinator. The principal's administrator accepts or declines it.
create table centre_proposal (
    id                        bigint generated always as identity primary key,
    centre_id                 bigint      not null references centre,
    principal_id              bigint      not null references principal,
    kind                      varchar(20) not null check (kind in ('PARTICIPATION', 'COORDINATOR')),
    operation                 varchar(40)
        check (operation in ('MIDWIFE_CLINIC', 'CHILD_HEALTH', 'OPEN_PRESCHOOL', 'PREVENTIVE_SOCIAL_SERVICES')),
    unit_id                   bigint references unit,
    co_located                boolean,
    coordinator_name          text,
    coordinator_service_grade integer check (coordinator_service_grade between 1 and 100),
    coordinator_decided_on    date,
    proposed_by               text        not null,
    proposed_at               timestamptz not null,
    status                    varchar(20) not null default 'PENDING'
        check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    answered_by               text,
    answered_at               timestamptz,
    version                   integer     not null default 0,
    check ((kind = 'PARTICIPATION') = (operation is not null and unit_id is not null and co_located is not null)),
    check ((kind = 'COORDINATOR') = (coordinator_name is not null and coordinator_service_grade is not null
        and coordinator_decided_on is not null)),
    check ((status = 'PENDING') = (answered_at is null))
);

create index centre_proposal_pending on centre_proposal (principal_id) where status = 'PENDING';
create index centre_proposal_centre on centre_proposal (centre_id) where status = 'PENDING';
