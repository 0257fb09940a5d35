-- Consents (R13c) and disclosures (R13a, R13b) in the operations' registers. All three are logs: a consent is never
-- changed, its withdrawal is a row of its own that stops later disclosures, and a disclosure or a refused one is
-- recorded once.

create table consent (
    id                bigint generated always as identity primary key,
    person_id         bigint      not null references person,
    from_operations   text[]      not null check (cardinality(from_operations) between 1 and 4),
    to_operations     text[]      not null check (cardinality(to_operations) between 1 and 4),
    information_kinds text[]      not null check (cardinality(information_kinds) between 1 and 4),
    given_by          text[]      not null check (cardinality(given_by) between 1 and 3),
    purpose           varchar(40) not null check (purpose in ('COORDINATED_PARENTING_SUPPORT',
                                                          'MIDWIFE_TO_CHILD_HEALTH_HANDOVER', 'SIP', 'OTHER')),
    purpose_text      text check (length(purpose_text) between 1 and 500),
    child_view        text check (length(child_view) between 1 and 2000),
    given_how         varchar(20) not null check (given_how in ('WRITTEN', 'ORAL')),
    witness           text check (length(witness) between 1 and 200),
    valid_from        date        not null,
    valid_to          date        not null,
    recorded_at       timestamptz not null,
    recorded_by       text        not null,
    check (valid_to >= valid_from),
    check ((purpose = 'OTHER') = (purpose_text is not null)),
    check (given_how = 'WRITTEN' or witness is not null)
);

create index consent_person on consent (person_id);

create table consent_withdrawal (
    consent_id   bigint      primary key references consent,
    withdrawn_on date        not null,
    how          varchar(20) not null check (how in ('WRITTEN', 'ORAL')),
    recorded_at  timestamptz not null,
    recorded_by  text        not null
);

-- A disclosure from the register of one operation to another operation at the same centre, with the legal basis it
-- had at that moment: a consent, or a secrecy-breaking rule in the version then in the catalogue and the reason in
-- the individual case. The receiving operation's record of the person is named, so the person appears there.
create table disclosure (
    id                   bigint generated always as identity primary key,
    person_id            bigint      not null references person,
    receiving_person_id  bigint      not null references person,
    information_kind     varchar(30) not null
        check (information_kind in ('HEALTH', 'SOCIAL_CIRCUMSTANCES', 'CONTACT_DETAILS', 'OTHER')),
    what                 text        not null check (length(what) between 1 and 2000),
    disclosed_on         date        not null,
    basis                varchar(30) not null check (basis in ('CONSENT', 'SECRECY_BREAKING_RULE')),
    consent_id           bigint references consent,
    legal_basis_code     varchar(40) not null,
    legal_basis_version  integer     not null,
    reason               text check (length(reason) between 1 and 4000),
    recorded_at          timestamptz not null,
    recorded_by          text        not null,
    foreign key (legal_basis_code, legal_basis_version) references legal_basis_version (code, version),
    check ((basis = 'CONSENT') = (consent_id is not null)),
    check (basis = 'CONSENT' or reason is not null),
    check (person_id <> receiving_person_id)
);

create index disclosure_person on disclosure (person_id);
create index disclosure_receiving_person on disclosure (receiving_person_id);

-- A disclosure that was asked for and refused, with the reasons, so that the refusal itself is on record (R13b).
create table disclosure_refusal (
    id                 bigint generated always as identity primary key,
    person_id          bigint      not null references person,
    to_unit_id         bigint      not null references unit,
    information_kind   varchar(30) not null,
    asked_on           date        not null,
    reasons            text[]      not null check (cardinality(reasons) >= 1),
    recorded_at        timestamptz not null,
    recorded_by        text        not null
);

create index disclosure_refusal_person on disclosure_refusal (person_id);

create function consent_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end $$;

create trigger consent_append_only before update or delete on consent
    for each row execute function consent_append_only();
create trigger consent_no_truncate before truncate on consent
    for each statement execute function consent_append_only();
create trigger consent_withdrawal_append_only before update or delete on consent_withdrawal
    for each row execute function consent_append_only();
create trigger consent_withdrawal_no_truncate before truncate on consent_withdrawal
    for each statement execute function consent_append_only();
create trigger disclosure_append_only before update or delete on disclosure
    for each row execute function consent_append_only();
create trigger disclosure_no_truncate before truncate on disclosure
    for each statement execute function consent_append_only();
create trigger disclosure_refusal_append_only before update or delete on disclosure_refusal
    for each row execute function consent_append_only();
create trigger disclosure_refusal_no_truncate before truncate on disclosure_refusal
    for each statement execute function consent_append_only();
