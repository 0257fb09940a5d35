-- The consent module (§13 of the agreement): the catalogue of legal bases for passing information between the
-- operations, and each operation's register of the persons it serves at a centre.

-- The catalogue is reference data the county's administrator maintains. An entry is never changed in place: a
-- change is a new version of its code, retiring it is a version that says so, and a disclosure keeps the version
-- it used.
create table legal_basis_version (
    code        varchar(40) not null check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    version     integer     not null check (version >= 1),
    kind        varchar(30) not null check (kind in ('CONSENT', 'SECRECY_BREAKING_RULE')),
    statute     text        not null check (length(statute) between 1 and 300),
    title       text        not null check (length(title) between 1 and 300),
    explanation text        not null check (length(explanation) between 1 and 4000),
    retired     boolean     not null default false,
    recorded_at timestamptz not null,
    recorded_by text        not null,
    primary key (code, version)
);

create function legal_basis_version_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'legal_basis_version is append-only';
end $$;

create trigger legal_basis_version_append_only before update or delete on legal_basis_version
    for each row execute function legal_basis_version_append_only();
create trigger legal_basis_version_no_truncate before truncate on legal_basis_version
    for each statement execute function legal_basis_version_append_only();

insert into legal_basis_version (code, version, kind, statute, title, explanation, recorded_at, recorded_by) values
('CONSENT', 1, 'CONSENT', 'OSL 12 kap. 2 §', 'Samtycke från den enskilde',
 'Sekretess till skydd för en enskild kan helt eller delvis efterges av den enskilde. Med ett giltigt samtycke som '
     || 'omfattar mottagaren och slaget av uppgifter får uppgifterna lämnas till en annan verksamhet i familjecentralen. '
     || 'För ett barn lämnar vårdnadshavaren samtycket, båda vid gemensam vårdnad.',
 '2026-01-01T00:00:00Z', 'system'),
('OSL_10_2', 1, 'SECRECY_BREAKING_RULE', 'OSL 10 kap. 2 §', 'Nödvändigt utlämnande',
 'Sekretess hindrar inte att en uppgift lämnas ut, om det är nödvändigt för att den utlämnande myndigheten ska kunna '
     || 'fullgöra sin verksamhet. Bestämmelsen tillämpas restriktivt och prövas i varje enskilt fall.',
 '2026-01-01T00:00:00Z', 'system'),
('OSL_10_21', 1, 'SECRECY_BREAKING_RULE', 'OSL 10 kap. 21 §', 'Misstanke om brott mot barn, till polis eller åklagare',
 'Sekretess hindrar inte att en uppgift som angår misstanke om brott enligt 3, 4 eller 6 kap. brottsbalken mot någon '
     || 'som inte har fyllt arton år lämnas till en åklagarmyndighet eller Polismyndigheten.',
 '2026-01-01T00:00:00Z', 'system'),
('OSL_10_28', 1, 'SECRECY_BREAKING_RULE', 'OSL 10 kap. 28 §', 'Uppgiftsskyldighet enligt lag',
 'Sekretess hindrar inte att en uppgift lämnas till en annan myndighet, om uppgiftsskyldighet följer av lag eller '
     || 'förordning. Hit hör anmälningsskyldigheten till socialtjänsten när ett barn kan behöva skydd: '
     || 'socialtjänstlagen (2001:453) 14 kap. 1 § och, från den 1 juli 2025, motsvarande bestämmelse i '
     || 'socialtjänstlagen (2025:400).',
 '2026-01-01T00:00:00Z', 'system'),
('OSL_25_12', 1, 'SECRECY_BREAKING_RULE', 'OSL 25 kap. 12 §',
 'Från hälso- och sjukvården om någon under 18 år',
 'Sekretessen inom hälso- och sjukvården hindrar inte att en uppgift om en enskild som inte har fyllt arton år lämnas '
     || 'till en myndighet inom hälso- och sjukvården eller socialtjänsten, om det behövs för att den unge ska få '
     || 'nödvändig vård, behandling eller annat stöd.',
 '2026-01-01T00:00:00Z', 'system'),
('OSL_26_9', 1, 'SECRECY_BREAKING_RULE', 'OSL 26 kap. 9 §', 'Från socialtjänsten om någon under 18 år',
 'Sekretessen inom socialtjänsten hindrar inte att en uppgift om en enskild som inte har fyllt arton år lämnas till '
     || 'en myndighet inom hälso- och sjukvården eller socialtjänsten, om det behövs för att den unge ska få nödvändig '
     || 'vård, behandling eller annat stöd.',
 '2026-01-01T00:00:00Z', 'system');

-- A person one operation serves at one centre: a person in two operations is two records (R13d). The identity
-- number is stored encrypted (AES-GCM) with a keyed hash for exact search; a person without one has a reserve
-- number as text. The custodians are named on a child's record, for its consents.
create table person (
    id                   bigint generated always as identity primary key,
    centre_id            bigint      not null references centre,
    unit_id              bigint      not null references unit,
    kind                 varchar(20) not null check (kind in ('CHILD', 'EXPECTING_PARENT', 'PARENT')),
    name                 text        not null check (length(name) between 1 and 200),
    identity_number      bytea,
    identity_number_hash bytea,
    reserve_number       text check (length(reserve_number) between 1 and 40),
    protected_identity   boolean     not null default false,
    joint_custody        boolean,
    custodian1          text check (length(custodian1) between 1 and 200),
    custodian2          text check (length(custodian2) between 1 and 200),
    registered_at        timestamptz not null,
    version              integer     not null default 0,
    check ((identity_number is null) = (identity_number_hash is null)),
    check ((identity_number is null) <> (reserve_number is null)),
    check (kind = 'CHILD' or (joint_custody is null and custodian1 is null and custodian2 is null)),
    check (kind <> 'CHILD' or joint_custody is not null),
    check (custodian2 is null or custodian1 is not null)
);

create unique index person_identity_number on person (centre_id, unit_id, identity_number_hash);
create index person_register on person (centre_id, unit_id, name);
create index person_unit on person (unit_id);
