-- The county's follow-up (§3–4): read-only county roles, the registry's history with valid-from dates, the day a
-- centre was established, and the decisions about the regional agreement (its adoption by the 50 parties, the
-- bodies that prepared it, written terminations).

-- A sub-region viewer's grant is scoped to a kommunalförbund; grants name their scope by a number.
alter table sub_region add column id smallint unique;
update sub_region set id = case code when 'GR' then 1 when 'FYRBODAL' then 2 when 'SJUHARAD' then 3 when 'SKARABORG' then 4 end;
alter table sub_region alter column id set not null;

alter table user_grant drop constraint user_grant_role_check;
alter table user_grant drop constraint user_grant_check;
alter table user_grant
    add constraint user_grant_role_check
        check (role in ('COUNTY_ADMIN', 'COUNTY_VIEWER', 'SUB_REGION_VIEWER', 'AUDITOR', 'PRINCIPAL_ADMIN',
                        'LOG_REVIEWER', 'STEERING_GROUP', 'COORDINATOR', 'STAFF')),
    add constraint user_grant_check check ((role in ('COUNTY_ADMIN', 'COUNTY_VIEWER', 'AUDITOR')) = (scope_id is null));

alter table centre add column established_on date;

-- What the follow-up counts of a centre, from the day each change took effect. Rows are written once; the state of
-- a centre on a day is its row with the latest valid_from on or before that day (the latest recorded on that day).
create table centre_history (
    id                        bigint generated always as identity primary key,
    centre_id                 bigint      not null references centre,
    valid_from                date        not null,
    recorded_at               timestamptz not null default now(),
    name                      text        not null,
    municipality_code         char(4)     not null references municipality,
    prioritised_area          boolean     not null,
    operations                text[]      not null,
    co_located                text[]      not null,
    steering_group_id         bigint,
    coordinator_service_grade integer check (coordinator_service_grade between 1 and 100),
    coordinator_employer_id   bigint,
    established_on            date,
    check (co_located <@ operations)
);

create index centre_history_day on centre_history (valid_from, centre_id);
create index centre_history_centre on centre_history (centre_id, valid_from desc, id desc);

create trigger centre_history_append_only before update or delete on centre_history
    for each row execute function log_append_only();
create trigger centre_history_no_truncate before truncate on centre_history
    for each statement execute function log_truncate_refused();

insert into centre_history (centre_id, valid_from, recorded_at, name, municipality_code, prioritised_area, operations,
                            co_located, steering_group_id, coordinator_service_grade, coordinator_employer_id,
                            established_on)
select c.id, c.created_at::date, c.created_at, c.name, c.municipality_code, c.prioritised_area,
       coalesce((select array_agg(p.operation order by p.operation) from participation p where p.centre_id = c.id),
                '{}'),
       coalesce((select array_agg(p.operation order by p.operation) from participation p
                 where p.centre_id = c.id and p.co_located), '{}'),
       c.steering_group_id, c.coordinator_service_grade, c.coordinator_employer_id, null
from centre c;

-- A decision about the regional agreement: by a party (the region or a municipality: principal_id), or by a body
-- that prepared or recommended it for the parties (VästKom, a kommunalförbund, SRO: no principal).
create table regional_decision (
    id               bigint generated always as identity primary key,
    principal_id     bigint references principal,
    body             text        not null check (length(body) between 1 and 200),
    body_kind        varchar(20) not null check (body_kind in ('COUNCIL', 'EXECUTIVE_BOARD', 'COMMITTEE',
                                                               'JOINT_BODY')),
    decided_on       date        not null,
    until_on         date,
    paragraph        text check (length(paragraph) between 1 and 40),
    diary_number     text check (length(diary_number) between 1 and 60),
    outcome          varchar(20) not null check (outcome in ('CONSULTATION', 'POSITION', 'RECOMMENDED', 'PROPOSAL',
                                                             'ADOPTED', 'DECLINED', 'TERMINATION')),
    decision         text        not null check (length(decision) between 1 and 2000),
    signatory        text check (length(signatory) between 1 and 200),
    document_name    text check (length(document_name) between 1 and 200),
    document         bytea check (octet_length(document) <= 10485760),
    document_sha256  char(64),
    recorded_by      text        not null,
    recorded_at      timestamptz not null default now(),
    version          integer     not null default 0,
    check (until_on is null or until_on >= decided_on),
    check ((document is null) = (document_name is null) and (document is null) = (document_sha256 is null)),
    check (outcome in ('CONSULTATION', 'POSITION', 'RECOMMENDED') or principal_id is not null)
);

create index regional_decision_principal on regional_decision (principal_id, decided_on);

insert into regional_decision (principal_id, body, body_kind, decided_on, until_on, paragraph, diary_number, outcome,
                               decision, recorded_by, recorded_at)
values
    (null, 'Vårdsamverkan Västra Götaland', 'JOINT_BODY', '2022-08-10', '2022-12-10', null, null, 'CONSULTATION',
     'Förslaget till samverkansavtal på remiss till berörda nämnder och styrelser inom Västra Götalandsregionen och '
         || 'länets 49 kommuner. Sammanlagt 41 kommuner och 8 instanser hos VGR svarade.',
     'källdokument', '2022-12-10 00:00+01'),
    (null, 'Politiska samrådsorganet (SRO)', 'JOINT_BODY', '2023-05-03', null, null, null, 'POSITION',
     'Det politiska samrådsorganet SRO ställer sig bakom förslaget på Samverkansavtal för familjecentraler och '
         || 'familjecentralsliknande verksamheter i Västra Götaland och rekommenderar parterna att fatta beslut i '
         || 'enlighet med förslaget.',
     'källdokument', '2023-05-03 00:00+02'),
    (null, 'VästKoms styrelse', 'JOINT_BODY', '2023-06-22', null, '§ 43', null, 'RECOMMENDED',
     'VästKoms styrelse ställer sig bakom förslaget på samverkansavtal för familjecentraler och '
         || 'familjecentralsliknande verksamheter i Västra Götaland och rekommenderar kommunalförbunden att '
         || 'rekommendera kommunerna att anta avtalet.',
     'källdokument', '2023-06-22 00:00+02'),
    (null, 'Göteborgsregionens förbundsstyrelse', 'JOINT_BODY', '2023-09-29', null, '§ 70', null, 'RECOMMENDED',
     'Göteborgsregionens kommunalförbund rekommenderar medlemskommunerna i Göteborgsregionen att anta det '
         || 'länsgemensamma samverkansavtalet för familjecentraler och familjecentralsliknande verksamheter i '
         || 'Västra Götaland.',
     'källdokument', '2023-09-29 00:00+02'),
    ((select id from principal where kind = 'REGION' and organisation_number = '232100-0131'),
     'Strategiska hälso- och sjukvårdsnämnden', 'COMMITTEE', '2023-10-04', null, '§ 133', 'SSN 2023-00636', 'ADOPTED',
     'Strategiska hälso- och sjukvårdsnämnden ställer sig bakom förslaget på samverkansavtal för familjecentraler '
         || 'och familjecentralsliknande verksamheter i Västra Götaland. Beslutet skickas för verkställande till '
         || 'operativa hälso- och sjukvårdsnämnden.',
     'källdokument', '2023-10-04 00:00+02'),
    ((select id from principal where municipality_code = '1489'),
     'Kommunstyrelsen', 'EXECUTIVE_BOARD', '2023-11-07', null, null, '2023.448 KS', 'PROPOSAL',
     'Förslag till beslut i kommunstyrelsen: 1. Samverkansavtalet antas. 2. Kommundirektör får i uppgift att '
         || 'underteckna samverkansavtalet. (Tjänsteskrivelsen anger avtalsperioden 1 januari 2024 – 31 december '
         || '2025; avtalet självt anger 2024-03-01 – 2025-12-31.)',
     'källdokument', '2023-11-07 00:00+01');
