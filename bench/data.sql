-- The benchmark's data set (bin/bench loads it with psql as samverka_owner into a freshly migrated database without
-- demo data): :centres centres (default 1,000) spread over the 49 municipalities, each with its four units, steering
-- group and coordinator, premises and fire-safety log, a year of meetings (monthly cooperation meetings and four
-- steering-group meetings, those held with attendees, approved minutes and an action point, the next of each ahead),
-- its signed cooperation and usage-right agreements with their event logs, last year's adopted operational plan and
-- this year's (goals, activities, follow-ups), shared costs for last year and this year so far, and five years of the
-- registry's history (2022 on) for the county's follow-up. Dates follow
-- today's date, so the history is always the past year. Users, all with the demo password `familjecentral`:
--   bench-lan        county administrator, with the calendar subscription token below
--   bench-kommun     principal administrator of centre 1's municipality (Härryda kommun, about 21 centres)
--   bench-samordnare coordinator of centre 1
--   bench-styrgrupp  steering group of centre 1
-- The audit log is left empty (the application's own entries chain as usual), and the logs' append-only triggers
-- allow every INSERT here. One transaction, set-based: about 10 s for 1,000 centres.
\set ON_ERROR_STOP on
\if :{?centres}
\else
\set centres 1000
\endif

begin;

create temp table bench_centre on commit drop as
select g.n,
       'Bänk ' || lpad(g.n::text, 4, '0') as place,
       m.code                            as municipality_code,
       m.name                            as municipality_name,
       p.id                              as municipality_principal,
       null::bigint                      as steering_group_id,
       null::bigint                      as centre_id,
       null::bigint                      as bmm,
       null::bigint                      as bvc,
       null::bigint                      as ofs,
       null::bigint                      as soc
from generate_series(1, :centres) g(n)
join (select code, name, row_number() over (order by code) - 1 as i from municipality) m on m.i = (g.n - 1) % 49
join principal p on p.municipality_code = m.code;

create temp table bench_region on commit drop as
select id from principal where kind = 'REGION' and organisation_number = '232100-0131';

-- Units: midwife clinic and child health of the region, open preschool and social services of the municipality.
insert into unit (principal_id, name, operation, hsa_id)
select (select id from bench_region), 'Barnmorskemottagningen ' || place, 'MIDWIFE_CLINIC',
       'SE2321000131-E00000' || lpad((100000 + n)::text, 7, '0')
from bench_centre
union all
select (select id from bench_region), 'Vårdcentralen ' || place || ', BVC', 'CHILD_HEALTH',
       'SE2321000131-E00000' || lpad((200000 + n)::text, 7, '0')
from bench_centre
union all
select municipality_principal, 'Öppna förskolan ' || place, 'OPEN_PRESCHOOL', null from bench_centre
union all
select municipality_principal, 'Förebyggande socialtjänst ' || place, 'PREVENTIVE_SOCIAL_SERVICES', null
from bench_centre;

update bench_centre b set bmm = u.id from unit u
where u.principal_id = (select id from bench_region) and u.name = 'Barnmorskemottagningen ' || b.place;
update bench_centre b set bvc = u.id from unit u
where u.principal_id = (select id from bench_region) and u.name = 'Vårdcentralen ' || b.place || ', BVC';
update bench_centre b set ofs = u.id from unit u
where u.principal_id = b.municipality_principal and u.name = 'Öppna förskolan ' || b.place;
update bench_centre b set soc = u.id from unit u
where u.principal_id = b.municipality_principal and u.name = 'Förebyggande socialtjänst ' || b.place;

insert into steering_group (name, version)
select 'Styrgrupp Familjecentralen ' || place, 1 from bench_centre;
update bench_centre b set steering_group_id = s.id from steering_group s
where s.name = 'Styrgrupp Familjecentralen ' || b.place;

insert into steering_group_member (steering_group_id, position, name, title, operation)
select b.steering_group_id, m.position, m.name || ' ' || b.n, m.title, m.operation
from bench_centre b
cross join (values (0, 'Anna Berg', 'Enhetschef barnmorskemottagningarna', 'MIDWIFE_CLINIC'),
                   (1, 'Karim Haddad', 'Verksamhetschef vårdcentral', 'CHILD_HEALTH'),
                   (2, 'Lena Ek', 'Rektor öppen förskola', 'OPEN_PRESCHOOL'),
                   (3, 'Johan Svensson', 'Enhetschef förebyggande socialtjänst', 'PREVENTIVE_SOCIAL_SERVICES'))
    m(position, name, title, operation);

insert into centre (name, street, postal_code, city, municipality_code, prioritised_area, steering_group_id,
                    coordinator_name, coordinator_employer_id, coordinator_service_grade, coordinator_appointed_on,
                    created_at, version)
select 'Familjecentralen ' || place, 'Bänkgatan ' || n, (400 + n % 100)::text || ' ' || lpad((n % 100)::text, 2, '0'),
       municipality_name, municipality_code, n % 3 = 0, steering_group_id,
       'Maria Lind ' || n, municipality_principal, 50, current_date - 400,
       now() - interval '2 years', 2
from bench_centre;
update bench_centre b set centre_id = c.id from centre c where c.name = 'Familjecentralen ' || b.place;

insert into participation (centre_id, operation, unit_id, co_located)
select centre_id, 'MIDWIFE_CLINIC', bmm, n % 4 <> 0 from bench_centre
union all select centre_id, 'CHILD_HEALTH', bvc, true from bench_centre
union all select centre_id, 'OPEN_PRESCHOOL', ofs, true from bench_centre
union all select centre_id, 'PREVENTIVE_SOCIAL_SERVICES', soc, true from bench_centre;

insert into centre_other_actor (centre_id, position, actor, description)
select centre_id, 0, 'LIBRARY', place || 's bibliotek' from bench_centre;

insert into coordinator_decision (centre_id, decision, decided_on, name, employer_id, service_grade, recorded_by,
                                  recorded_at)
select centre_id, 'APPOINTED', current_date - 400, 'Maria Lind ' || n, municipality_principal, 50, 'bench',
       now() - interval '400 days'
from bench_centre;

-- Five years of the registry's history (§4): each centre established early in 2022, then one change a year (its
-- midwife clinic moving in or out, a prioritised area, the coordinator's service grade); the last is how it stands.
update centre c set established_on = date '2022-01-01' + b.n % 300 from bench_centre b where c.id = b.centre_id;

insert into centre_history (centre_id, valid_from, recorded_at, name, municipality_code, prioritised_area, operations,
                            co_located, steering_group_id, coordinator_service_grade, coordinator_employer_id,
                            established_on)
select c.id, make_date(2022 + y, 1, 1) + b.n % 300, make_date(2022 + y, 1, 1) + b.n % 300, c.name,
       c.municipality_code, case when y = 4 then b.n % 3 = 0 else (b.n + y) % 3 = 0 end,
       array['MIDWIFE_CLINIC', 'CHILD_HEALTH', 'OPEN_PRESCHOOL', 'PREVENTIVE_SOCIAL_SERVICES'],
       case when (y = 4 and b.n % 4 <> 0) or (y < 4 and (b.n + y) % 4 <> 0)
            then array['MIDWIFE_CLINIC', 'CHILD_HEALTH', 'OPEN_PRESCHOOL', 'PREVENTIVE_SOCIAL_SERVICES']
            else array['CHILD_HEALTH', 'OPEN_PRESCHOOL', 'PREVENTIVE_SOCIAL_SERVICES'] end,
       c.steering_group_id, case when y = 4 then 50 else 20 + 5 * y end, c.coordinator_employer_id, c.established_on
from bench_centre b join centre c on c.id = b.centre_id cross join generate_series(0, 4) y;

-- Premises and the fire-safety log.
insert into premises (centre_id, representative, appointed_on, assembly_point, evacuation_plan, version)
select centre_id, 'Maria Lind ' || n, current_date - 365, 'Parkeringen framför entrén', true, 1 from bench_centre;

insert into premises_area (premises_id, position, kind, description, square_metres)
select p.id, a.position, a.kind, a.description, a.square_metres
from premises p
join bench_centre b on b.centre_id = p.centre_id
cross join (values (0, 'STAFF_TOILET', null, null::numeric),
                   (1, 'VISITOR_TOILET', 'Vid entrén, med skötbord', null),
                   (2, 'CONFERENCE_ROOM', 'Konferensrummet', 24.0),
                   (3, 'STAFF_ROOM', null, 18.5),
                   (4, 'WAITING_ROOM', 'Väntrum och lekhörna', 32.0)) a(position, kind, description, square_metres);

insert into fire_safety_check (centre_id, kind, performed_on, outcome, deviations, recorded_by, recorded_at)
select b.centre_id, f.kind, current_date - f.days_ago, f.outcome, f.deviations, 'bench-samordnare',
       now() - make_interval(days => f.days_ago)
from bench_centre b
cross join (values ('EVACUATION_DRILL', 150, 'Alla ute och räknade på fyra minuter.', false),
                   ('ALARM_CHECK', 30, 'Provlarm fungerade i alla rum.', false),
                   ('ROUND', 120, 'Nödutgången i väntrummet var blockerad av barnvagnar; flyttade och satte upp skylt.',
                    true),
                   ('ROUND', 210, 'Inga avvikelser.', false)) f(kind, days_ago, outcome, deviations);

-- A year of meetings: a cooperation meeting on the 3rd of every month and the steering group's every third month
-- on the 10th, from eleven months back to the next one ahead; those held have approved minutes.
create temp table bench_meeting on commit drop as
select b.centre_id, b.n, 'COOPERATION' as kind,
       date_trunc('month', current_date)::date + make_interval(months => m) + interval '2 days 13 hours' as starts_at
from bench_centre b cross join generate_series(-11, 1) m
union all
select b.centre_id, b.n, 'STEERING_GROUP',
       date_trunc('month', current_date)::date + make_interval(months => m) + interval '9 days 9 hours'
from bench_centre b cross join generate_series(-11, 1, 3) m;

insert into meeting (centre_id, kind, starts_at, ends_at, place, premises_matters, adjuster, approved_at,
                     approved_by, version, item_keys)
select centre_id, kind, starts_at, starts_at + interval '2 hours',
       case kind when 'COOPERATION' then 'Samtalsrummet' else 'Konferensrummet, Bänkgatan ' || n end,
       kind = 'STEERING_GROUP' and extract(month from starts_at) = 9,
       case when starts_at < now() then 'Karin Ali ' || n end,
       case when starts_at < now() then starts_at + interval '3 days' end,
       case when starts_at < now() then 'bench-samordnare' end,
       case when starts_at < now() then 9 else 1 end,
       case when starts_at < now() then 3 else 0 end
from bench_meeting;

create temp table bench_meeting_id on commit drop as
select m.id, m.kind, m.starts_at, m.approved_at is not null as held, b.n
from meeting m join bench_centre b on b.centre_id = m.centre_id;

insert into meeting_agenda_item (meeting_id, position, text)
select m.id, a.position, a.text
from bench_meeting_id m
join (values ('COOPERATION', 0, 'Föräldragrupper'), ('COOPERATION', 1, 'Veckans öppna verksamhet'),
             ('COOPERATION', 2, 'Övriga frågor'), ('STEERING_GROUP', 0, 'Verksamhetsplanens uppföljning'),
             ('STEERING_GROUP', 1, 'Ekonomi'), ('STEERING_GROUP', 2, 'Övriga frågor')) a(kind, position, text)
    on a.kind = m.kind;

insert into meeting_attendee (meeting_id, position, operation, name, present)
select m.id, a.position, a.operation, a.name || ' ' || m.n, a.position <> 0 or extract(month from m.starts_at) % 2 = 0
from bench_meeting_id m
join (values ('COOPERATION', 0, 'MIDWIFE_CLINIC', 'Sara Holm'), ('COOPERATION', 1, 'CHILD_HEALTH', 'Karin Ali'),
             ('COOPERATION', 2, 'OPEN_PRESCHOOL', 'Eva Lund'),
             ('COOPERATION', 3, 'PREVENTIVE_SOCIAL_SERVICES', 'Omar Nilsson'),
             ('STEERING_GROUP', 0, 'MIDWIFE_CLINIC', 'Anna Berg'), ('STEERING_GROUP', 1, 'CHILD_HEALTH', 'Karim Haddad'),
             ('STEERING_GROUP', 2, 'OPEN_PRESCHOOL', 'Lena Ek'),
             ('STEERING_GROUP', 3, 'PREVENTIVE_SOCIAL_SERVICES', 'Johan Svensson')) a(kind, position, operation, name)
    on a.kind = m.kind
where m.held;

insert into meeting_minute_item (meeting_id, position, text, decision, item_key)
select m.id, i.position, i.text, i.decision, i.position + 1
from bench_meeting_id m
join (values ('COOPERATION', 0, 'Mötet öppnas.', null),
             ('COOPERATION', 1, 'Föräldragrupperna: anmälningarna och vem som håller i träffarna.',
              'Öppna förskolan och BVC håller i nästa grupp tillsammans.'),
             ('COOPERATION', 2, 'Inga övriga frågor.', null),
             ('STEERING_GROUP', 0, 'Samordnaren redovisar uppföljningen av verksamhetsplanens mål.',
              'Styrgruppen lägger redovisningen till handlingarna.'),
             ('STEERING_GROUP', 1, 'De gemensamma kostnaderna hittills i år.', null),
             ('STEERING_GROUP', 2, 'Inga övriga frågor.', null)) i(kind, position, text, decision)
    on i.kind = m.kind
where m.held;

insert into meeting_action_point (meeting_id, position, description, owner, due_on, done)
select id, 0, 'Skicka ut inbjudan till nästa föräldragrupp.', 'Eva Lund ' || n, (starts_at + interval '3 weeks')::date,
       starts_at + interval '3 weeks' < now()
from bench_meeting_id
where held;

-- Signed agreements: the cooperation agreement (Bilaga 1) from January last year for four years, and the usage-right
-- agreement (Bilaga 2), each with its parties, texts, frozen sections, event log and documents.
create temp table bench_agreement on commit drop as
select b.*, k.kind,
       (date_trunc('year', current_date) - interval '1 year')::date as starts_on,
       date_trunc('year', current_date) - interval '1 year' - interval '40 days' + interval '9 hours' as created,
       convert_to('%PDF-1.7 Samverka bench ' || k.kind || ' ' || b.n, 'UTF8') as pdf
from bench_centre b cross join (values ('COOPERATION'), ('USAGE_RIGHT')) k(kind);

insert into agreement (series, number, centre_id, kind, status, starts_on, ends_on, extension_months, notice_months,
                       meeting_hours_per_month, steering_meetings_per_year, shared_premises, fire_safety,
                       threats_and_violence, insurance, premises, user_share_percent, compensation_ore,
                       compensation_period, document_sha256, created_at, sent_at, signed_at, version)
select gen_random_uuid(), 1, centre_id, kind, 'SIGNED', starts_on,
       case kind when 'COOPERATION' then (starts_on + interval '4 years' - interval '1 day')::date end,
       case kind when 'COOPERATION' then 12 end, 6,
       case kind when 'COOPERATION' then 4.0 end, case kind when 'COOPERATION' then 4 end,
       true, kind = 'COOPERATION', kind = 'COOPERATION', kind = 'COOPERATION',
       case kind when 'USAGE_RIGHT' then 'Gemensamma ytor om 140 kvm' end,
       case kind when 'USAGE_RIGHT' then 40.00 end, case kind when 'USAGE_RIGHT' then 4200000 end,
       case kind when 'USAGE_RIGHT' then 'QUARTER' end,
       encode(sha256(pdf), 'hex'), created, created + interval '7 days', created + interval '14 days',
       case kind when 'COOPERATION' then 7 else 4 end
from bench_agreement;

create temp table bench_agreement_id on commit drop as
select a.id, b.*
from agreement a join bench_agreement b on b.centre_id = a.centre_id and b.kind = a.kind;

insert into agreement_file (agreement_id, sent_pdf, sealed_pdf)
select id, pdf, pdf || convert_to(' sealed', 'UTF8') from bench_agreement_id;

insert into agreement_text (agreement_id, text_key, text)
select a.id, t.text_key, replace(t.text, '{place}', a.place)
from bench_agreement_id a
join (values ('COOPERATION', 'STAFF_GROUP', 'Personalgruppen består av barnmorskor, BVC-sjuksköterskor, förskollärare '
                  || 'och socialsekreterare i förebyggande arbete. Personalgruppen träffas på samverkansmöten varje månad.'),
             ('COOPERATION', 'PREMISES_REFERENCE',
              'Lokalfrågor regleras i det lokala nyttjanderättsavtalet för Familjecentralen {place}.'),
             ('COOPERATION', 'LOCAL_GOALS', 'Fler föräldrar ska ta del av föräldraskapsstöd under barnets första år.'),
             ('USAGE_RIGHT', 'PAYMENT_TERMS', 'Ersättningen betalas kvartalsvis i förskott mot faktura, 30 dagar netto.'),
             ('USAGE_RIGHT', 'USAGE_SCOPE', 'Nyttjanderätten omfattar familjecentralens gemensamma ytor om 140 kvm: '
                  || 'entré, väntrum, två samtalsrum, kök och personalrum. Nyttjarens andel är 40 procent.'))
    t(kind, text_key, text) on t.kind = a.kind;

insert into agreement_section (agreement_id, position, number, heading, body)
select a.id, s.position, s.number, s.heading, replace(s.body, '{place}', a.place)
from bench_agreement_id a
join (values ('COOPERATION', 0, '1', 'Avtalsparter och placering',
              'Avtalet gäller samverkan i Familjecentralen {place} mellan barnmorskemottagning, barnhälsovård, '
                  || 'öppen förskola och förebyggande socialtjänst.'),
             ('COOPERATION', 1, '2', 'Avtalstid', 'Avtalet gäller i fyra år med möjlighet till 12 månaders förlängning.'),
             ('COOPERATION', 2, '3', 'Avtalets utgångspunkter', 'Det regionala samverkansavtalet om familjecentraler.'),
             ('USAGE_RIGHT', 0, '1', 'Parter', 'Upplåtare är öppna förskolan, nyttjare är barnhälsovården.'),
             ('USAGE_RIGHT', 1, '2', 'Ersättning', 'Nyttjaren betalar 42 000 kronor per kvartal.'))
    s(kind, position, number, heading, body) on s.kind = a.kind;

create temp table bench_party on commit drop as
select a.id as agreement_id, p.position, p.role, p.unit_name || ' ' || a.place as name,
       case when p.region then 'Västra Götalandsregionen' else a.municipality_name || ' kommun' end as principal_name,
       case when p.region then '232100-0131' end as organisation_number, p.administration,
       'bench-chef-' || a.n || '-' || p.suffix as signatory_username, p.person || ' ' || a.n as signatory_name,
       p.title as signatory_title, a.created + make_interval(days => 8, hours => p.position) as signed_at
from bench_agreement_id a
join (values ('COOPERATION', 0, 'MIDWIFE_CLINIC', 'Barnmorskemottagningen', true, 'Regionhälsan', 'bmm', 'Anna Berg',
              'Enhetschef barnmorskemottagningarna'),
             ('COOPERATION', 1, 'CHILD_HEALTH', 'Vårdcentralen BVC', true, 'Primärvården', 'bvc', 'Karim Haddad',
              'Verksamhetschef vårdcentral'),
             ('COOPERATION', 2, 'OPEN_PRESCHOOL', 'Öppna förskolan', false, 'Socialförvaltningen', 'of', 'Lena Ek',
              'Rektor öppen förskola'),
             ('COOPERATION', 3, 'PREVENTIVE_SOCIAL_SERVICES', 'Förebyggande socialtjänst', false, 'Socialförvaltningen',
              'soc', 'Johan Svensson', 'Enhetschef förebyggande socialtjänst'),
             ('USAGE_RIGHT', 0, 'GRANTOR', 'Öppna förskolan', false, 'Socialförvaltningen', 'of', 'Lena Ek',
              'Rektor öppen förskola'),
             ('USAGE_RIGHT', 1, 'USER', 'Vårdcentralen BVC', true, 'Primärvården', 'bvc', 'Karim Haddad',
              'Verksamhetschef vårdcentral'))
    p(kind, position, role, unit_name, region, administration, suffix, person, title) on p.kind = a.kind;

insert into agreement_party (agreement_id, position, role, name, principal_name, organisation_number, administration,
                             signatory_username, signatory_name, signatory_title, viewed_at, signed_at, signed_place,
                             signed_from)
select agreement_id, position, role, name, principal_name, organisation_number, administration, signatory_username,
       signatory_name, signatory_title, signed_at, signed_at, 'Göteborg', '127.0.0.1'
from bench_party;

insert into agreement_event (agreement_id, occurred_at, actor, event, detail, source_address)
select agreement_id, occurred_at, actor, event, detail, '127.0.0.1'
from (select a.id as agreement_id, a.created as occurred_at, 'bench-samordnare' as actor, 'CREATED' as event,
             null as detail, 0 as ordinal
      from bench_agreement_id a
      union all
      select a.id, a.created + interval '7 days', 'bench-samordnare', 'SENT',
             (select string_agg(p.signatory_name || ' (' || p.name || ')', ', ' order by p.position)
              from bench_party p where p.agreement_id = a.id), 1
      from bench_agreement_id a
      union all
      select agreement_id, signed_at, signatory_username, 'SIGNED', name, 2 + position from bench_party
      union all
      select a.id, a.created + interval '14 days', 'bench-samordnare', 'SEALED', null, 10 from bench_agreement_id a) e
order by agreement_id, ordinal;

-- Operational plans: last year's adopted, with assessments and the overall evaluation, and this year's in progress;
-- four goals and four activities each, two follow-ups a goal.
insert into plan (centre_id, year, overall_evaluation, locked_at, locked_by, version, goal_keys, activity_keys)
select b.centre_id, y.year,
       case when y.last then 'Året har i stort följt planen; föräldragrupperna nådde fler pappor än tidigare.' end,
       case when y.last then make_date(y.year + 1, 1, 20)::timestamptz end,
       case when y.last then 'bench-styrgrupp' end, 12, 4, 4
from bench_centre b
cross join (select extract(year from current_date)::int - 1, true
            union all select extract(year from current_date)::int, false) y(year, last);

create temp table bench_plan on commit drop as
select p.id, p.year, p.locked_at is not null as adopted, b.n
from plan p join bench_centre b on b.centre_id = p.centre_id;

insert into plan_goal (plan_id, position, text, indicator, target, responsible, assessment, assessment_comment,
                       goal_key, withdrawn)
select p.id, g.position, g.text, g.indicator, g.target, g.responsible,
       case when p.adopted then (array ['MET', 'PARTLY_MET', 'MET', 'NOT_MET'])[g.position + 1] end,
       case when p.adopted then 'Bedömt vid årets slut utifrån uppföljningarna.' end, g.position, false
from bench_plan p
cross join (values (0, 'Fler pappor deltar i föräldragrupperna.',
                    'Andel pappor bland deltagarna i föräldragrupperna under året.', 'Minst 40 procent',
                    'CHILD_HEALTH,OPEN_PRESCHOOL'),
                   (1, 'Alla familjer med nyfödda får veta vad familjecentralen erbjuder.',
                    'Andel nyblivna föräldrar som fått familjecentralens välkomstbesök.', '90 procent',
                    'MIDWIFE_CLINIC,CHILD_HEALTH,PREVENTIVE_SOCIAL_SERVICES'),
                   (2, 'Fler familjer får tidigt stöd i föräldraskapet.',
                    'Antal familjer som deltagit i föräldraskapsstöd.', 'Minst 60 familjer',
                    'OPEN_PRESCHOOL,PREVENTIVE_SOCIAL_SERVICES'),
                   (3, 'Personalen samverkar över verksamhetsgränserna.',
                    'Antal gemensamma utbildningstillfällen.', 'Fyra tillfällen', 'MIDWIFE_CLINIC,CHILD_HEALTH'))
    g(position, text, indicator, target, responsible);

insert into plan_activity (plan_id, position, kind, title, planned_on, planned_month, responsible, activity_key)
select p.id, a.position, a.kind, a.title, null, a.month, a.responsible, a.position
from bench_plan p
cross join (values (0, 'PARENT_EDUCATION', 'Föräldrautbildning: förlossningen', 3, 'MIDWIFE_CLINIC'),
                   (1, 'PARENT_GROUP', 'Föräldragrupp för nyblivna föräldrar', 4, 'CHILD_HEALTH,OPEN_PRESCHOOL'),
                   (2, 'JOINT_TRAINING', 'Gemensam utbildning om barnkonventionen', 9,
                    'MIDWIFE_CLINIC,CHILD_HEALTH,OPEN_PRESCHOOL,PREVENTIVE_SOCIAL_SERVICES'),
                   (3, 'OTHER', 'Öppet hus för familjer i området', 10, 'OPEN_PRESCHOOL'))
    a(position, kind, title, month, responsible);

insert into plan_follow_up (plan_id, goal_key, entered_on, value, comment, recorded_by, recorded_at)
select p.id, g.goal, d.entered_on, (20 + 5 * g.goal + 10 * f.k) || ' procent', 'Uppföljning ' || (f.k + 1),
       'bench-samordnare', d.entered_on + interval '12 hours'
from bench_plan p
cross join generate_series(0, 3) g(goal)
cross join generate_series(0, 1) f(k)
cross join lateral (select case when p.adopted then make_date(p.year, 5 + 5 * f.k, 15)
                                else greatest(make_date(p.year, 1, 2), current_date - 150 + 120 * f.k) end) d(entered_on);

-- Shared costs: every quarter of last year and this year's begun quarters, three items each.
insert into economy_cost_item (centre_id, year, period, category, description, amount_ore, payer, created_at, version)
select b.centre_id, q.year, 'Q' || q.quarter, c.category, c.description, c.amount_ore + b.n, c.payer,
       make_date(q.year, 3 * q.quarter - 2, 20)::timestamptz, 1
from bench_centre b
cross join (select extract(year from current_date)::int - 1 as year, quarter from generate_series(1, 4) quarter
            union all
            select extract(year from current_date)::int, quarter
            from generate_series(1, extract(quarter from current_date)::int) quarter) q
cross join (values ('COORDINATOR_SALARY', 'Samordnarens lön med sociala avgifter', 16500000, 'OPEN_PRESCHOOL'),
                   ('PREMISES_RENT', 'Hyra för gemensamma ytor, 140 kvm', 4200000, 'OPEN_PRESCHOOL'),
                   ('PREMISES_CLEANING', 'Lokalvård av gemensamma ytor', 1850050, 'CHILD_HEALTH'))
    c(category, description, amount_ore, payer);

-- Every centre's public page, published: contact, a position in Västra Götaland, weekday hours, the open
-- pre-school's drop-in, the child health care's telephone hours, a Christmas closure, accessibility and languages
-- (JSON of se.samverka.directory.PublicInfo).
insert into public_page (centre_id, draft, published, published_at, published_by, changed_at, version)
select centre_id, info, info, now(), 'bench-samordnare', now(), 1
from (select centre_id, jsonb_build_object(
        'phone', '010-' || lpad(n::text, 3, '0') || ' 00 00',
        'email', 'familjecentral' || n || '@example.se',
        'website', 'https://example.se/familjecentral/' || n,
        'directions', 'Ingången ligger mot torget.',
        'transit', place || ' centrum',
        'coordinates', jsonb_build_object('latitude', 57.5 + (n % 100) * 0.012, 'longitude', 11.8 + (n / 100) * 0.2),
        'accessibility', jsonb_build_array('STEP_FREE_ENTRANCE', 'ACCESSIBLE_TOILET', 'PRAM_PARKING'),
        'accessibilityNote', null,
        'languages', jsonb_build_array('sv', 'en', 'ar', 'so'),
        'texts', jsonb_build_array(jsonb_build_object('operation', 'OPEN_PRESCHOOL', 'language', 'sv',
                                                      'text', 'Sångstund varje onsdag klockan 10.')),
        'hours', jsonb_build_array(
            jsonb_build_object('operation', null, 'kind', 'OPEN', 'opens', '08:30', 'closes', '16:30',
                               'days', jsonb_build_array('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY')),
            jsonb_build_object('operation', 'OPEN_PRESCHOOL', 'kind', 'DROP_IN', 'opens', '09:00',
                               'closes', '12:00', 'days', jsonb_build_array('MONDAY', 'TUESDAY', 'THURSDAY')),
            jsonb_build_object('operation', 'CHILD_HEALTH', 'kind', 'PHONE', 'opens', '08:00', 'closes', '09:00',
                               'days', jsonb_build_array('MONDAY', 'WEDNESDAY', 'FRIDAY'))),
        'closures', jsonb_build_array(jsonb_build_object(
            'from', make_date(extract(year from current_date)::int, 12, 24)::text,
            'to', make_date(extract(year from current_date)::int + 1, 1, 6)::text,
            'operation', 'OPEN_PRESCHOOL', 'reason', 'PUBLIC_HOLIDAY', 'note', null)))::text as info
      from bench_centre) pages;

-- Twenty published activities per centre (20,000 for 1,000 centres): ten weekly from today for half a year (parent
-- groups, open pre-school sessions, baby massage …), ten single ones spread over the coming two months.
insert into directory_activity (centre_id, uid, kind, title, description, starts_on, start_time, end_time, recurrence,
                                repeat_until, place, audience, languages, sign_up, sign_up_how, state, version,
                                changed_at)
select b.centre_id, gen_random_uuid(),
       (array['PARENT_GROUP', 'BABY_MASSAGE', 'OPEN_PRESCHOOL', 'PARENT_EDUCATION', 'INFORMATION_MEETING'])[1 + a % 5],
       'Aktivitet ' || a || ' på ' || b.place, 'Välkommen! Ta gärna med fika.',
       current_date + case when a <= 10 then a % 7 else (a * 3 + b.n) % 60 end,
       make_time(9 + a % 6, 0, 0), make_time(10 + a % 6, 30, 0),
       case when a <= 10 then 'WEEKLY' else 'NONE' end,
       case when a <= 10 then current_date + a % 7 + 182 end,
       'Stora rummet', (array['EXPECTING_PARENTS', 'PARENTS_OF_BABIES', 'FAMILIES'])[1 + a % 3], 'sv,en',
       a % 4 = 0, case when a % 4 = 0 then 'Ring familjecentralen.' end, 'PUBLISHED', 1, now()
from bench_centre b cross join generate_series(1, 20) a;

-- Users (password `familjecentral`, the demo's, as Argon2id) and the county administrator's calendar link.
insert into app_user (username, display_name, password_hash)
select u.username, u.display_name,
       '{argon2}$argon2id$v=19$m=19456,t=2,p=1$pb3Lr7t3Uq+b3Rkk0Z0miw$iw80IPfTVZ32YLujC0HWx8w31C6BfXhB4huxl2DA14Y'
from (values ('bench-lan', 'Lena Länsson (bänk)'), ('bench-kommun', 'Kim Kommunsson (bänk)'),
             ('bench-samordnare', 'Saga Samordnare (bänk)'), ('bench-styrgrupp', 'Sam Styrgruppsson (bänk)'))
    u(username, display_name);

insert into user_grant (app_user_id, role, scope_id)
select u.id, g.role, g.scope_id
from app_user u
join (values ('bench-lan', 'COUNTY_ADMIN', null::bigint),
             ('bench-kommun', 'PRINCIPAL_ADMIN', (select municipality_principal from bench_centre where n = 1)),
             ('bench-samordnare', 'COORDINATOR', (select centre_id from bench_centre where n = 1)),
             ('bench-styrgrupp', 'STEERING_GROUP', (select centre_id from bench_centre where n = 1)))
    g(username, role, scope_id) on g.username = u.username;

-- The feed's URL is /kalender/samverka-bench-county-calendar-subscription.ics
insert into calendar_link (username, token_sha256, created_at)
values ('bench-lan', encode(sha256(convert_to('samverka-bench-county-calendar-subscription', 'UTF8')), 'hex'), now());

\if :{?bench_keep_open}
-- Left open for a check in the same session (BenchDataSetTest); the session's end rolls it back.
\else
commit;

set client_min_messages = error;
analyze;
\endif
