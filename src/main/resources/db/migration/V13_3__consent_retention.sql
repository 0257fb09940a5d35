-- The registers of persons are kept for a retention that the county sets (three years unless set): a person with
-- nothing in their record since then (registration, a consent that ended or was withdrawn, a disclosure sent or
-- received, a refused one) is purged with all of it. The logs stay append-only for the application's role, and no
-- one, not even the owner, deletes a row written in the last year (by the database's clock); the purge runs as the
-- owner through consent_purge. A disclosure goes only with both its ends, so a person whose information went to, or
-- came from, a person still in use stays until that person goes too.

create or replace function consent_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and old.recorded_at < now() - interval '1 year' then
        return old;
    end if;
    raise exception '% is append-only: a row is kept unchanged, and for at least a year', tg_table_name;
end $$;

create function consent_purge(before date, batch integer) returns integer
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
    delete from consent where person_id = any (gone);
    delete from person where id = any (gone);
    return cardinality(gone);
end $$;

revoke all on function consent_purge(date, integer) from public;
