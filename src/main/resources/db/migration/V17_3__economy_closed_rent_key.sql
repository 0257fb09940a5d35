-- The shares of the premises that the rent of shared areas was split by when a settlement was closed, and the
-- usage-right agreements they came from (issue 17), so that a closed settlement reads the same after a usage right
-- is amended or ends. Null: no usage right set the rent's key (as for every settlement closed before this).
alter table economy_closed_period add column premises_shares varchar(200);
alter table economy_closed_period add column usage_rights text;
