-- ShedLock's locks: a scheduled job runs on one instance at a time, the one that set lock_until (the database's
-- time, UTC) for its name; the others skip that run.

create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
