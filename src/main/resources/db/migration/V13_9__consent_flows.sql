-- A consent names the ways information may pass between the operations as pairs (from one to another), so that it
-- can cover midwife clinic → child health care and child health care → social services without also covering
-- midwife clinic → social services. A consent recorded before covered every one of its "from" operations to every
-- one of its "to" operations, and gets those pairs. The consent stays unchanged in what it covers; only its form
-- of storage changes, so the append-only trigger is set aside for this one statement.

alter table consent add column flows text[];

alter table consent disable trigger consent_append_only;
update consent c set flows = (select array_agg(f || '>' || t order by f, t)
                              from unnest(c.from_operations) f, unnest(c.to_operations) t where f <> t);
alter table consent enable trigger consent_append_only;

alter table consent
    alter column flows set not null,
    add constraint consent_flows check (cardinality(flows) between 1 and 12 and flows <@ array[
        'MIDWIFE_CLINIC>CHILD_HEALTH', 'MIDWIFE_CLINIC>OPEN_PRESCHOOL', 'MIDWIFE_CLINIC>PREVENTIVE_SOCIAL_SERVICES',
        'CHILD_HEALTH>MIDWIFE_CLINIC', 'CHILD_HEALTH>OPEN_PRESCHOOL', 'CHILD_HEALTH>PREVENTIVE_SOCIAL_SERVICES',
        'OPEN_PRESCHOOL>MIDWIFE_CLINIC', 'OPEN_PRESCHOOL>CHILD_HEALTH', 'OPEN_PRESCHOOL>PREVENTIVE_SOCIAL_SERVICES',
        'PREVENTIVE_SOCIAL_SERVICES>MIDWIFE_CLINIC', 'PREVENTIVE_SOCIAL_SERVICES>CHILD_HEALTH',
        'PREVENTIVE_SOCIAL_SERVICES>OPEN_PRESCHOOL']::text[]),
    drop column from_operations,
    drop column to_operations;
