-- A written consent's signed form, scanned as PDF and attached to the consent it records (R13c). Like the consent it
-- is never changed: attached once, kept as long as the consent, and purged with it.

create table consent_signed_form (
    consent_id  bigint      primary key references consent,
    content     bytea       not null check (octet_length(content) between 5 and 10485760),
    sha256      char(64)    not null check (sha256 ~ '^[0-9a-f]{64}$'),
    filename    text        not null check (length(filename) between 1 and 200),
    recorded_at timestamptz not null,
    recorded_by text        not null
);

create trigger consent_signed_form_append_only before update or delete on consent_signed_form
    for each row execute function consent_append_only();
create trigger consent_signed_form_no_truncate before truncate on consent_signed_form
    for each statement execute function consent_append_only();

create or replace function consent_purge(before date, batch integer) returns integer
    language plpgsql security definer set search_path = ${flyway:defaultSchema}, pg_temp as $$
declare
    cutoff constant date := least(before, current_date - 365);
    stale bigint[];
    gone bigint[];
begin
    select coalesce(array_agg(id), '{}') into stale from (
        select p.id from person p
        where p.registered_at < cutoff
          and not exists (select 1 from consent c left join consent_withdrawal w on w.consent_id = c.id
                          where c.person_id = p.id
                            and (least(c.valid_to, coalesce(w.withdrawn_on, c.valid_to)) >= cutoff
                                 or c.recorded_at >= cutoff))
          and not exists (select 1 from disclosure d
                          where (d.person_id = p.id or d.receiving_person_id = p.id)
                            and (d.disclosed_on >= cutoff or d.recorded_at >= cutoff))
          and not exists (select 1 from disclosure_refusal r
                          where r.person_id = p.id and (r.asked_on >= cutoff or r.recorded_at >= cutoff))
        order by p.id
        limit batch) chosen;
    delete from disclosure where person_id = any (stale) and receiving_person_id = any (stale);
    select coalesce(array_agg(id), '{}') into gone from unnest(stale) as s (id)
    where not exists (select 1 from disclosure d where d.person_id = s.id or d.receiving_person_id = s.id);
    delete from disclosure_refusal where person_id = any (gone);
    delete from consent_withdrawal where consent_id in (select id from consent where person_id = any (gone));
    delete from consent_signed_form where consent_id in (select id from consent where person_id = any (gone));
    delete from consent where person_id = any (gone);
    delete from person where id = any (gone);
    return cardinality(gone);
end $$;
