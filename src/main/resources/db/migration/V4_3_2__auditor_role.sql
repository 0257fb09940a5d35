-- The county's log reviewer (AUDITOR) reviews and verifies the audit log; like COUNTY_ADMIN it holds for no scope.

alter table user_grant drop constraint user_grant_role_check;
alter table user_grant drop constraint user_grant_check;

alter table user_grant
    add constraint user_grant_role_check
        check (role in ('COUNTY_ADMIN', 'AUDITOR', 'PRINCIPAL_ADMIN', 'STEERING_GROUP', 'COORDINATOR', 'STAFF')),
    add constraint user_grant_check check ((role in ('COUNTY_ADMIN', 'AUDITOR')) = (scope_id is null));
