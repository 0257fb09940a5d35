-- What visitors report about the public directory's accessibility (lagen (2018:1937) om tillgänglighet till digital
-- offentlig service, 7 §): the problem, the page it concerns and, when the visitor wants an answer, an e-mail address
-- (personal data, cleared after the retention period). The county's administrator marks an item handled.
create table accessibility_feedback (
    id          bigint        generated always as identity primary key,
    received_at timestamptz   not null,
    language    varchar(5)    not null,
    problem     text          not null check (char_length(problem) between 1 and 4000),
    page        varchar(500),
    email       varchar(254),
    handled_at  timestamptz,
    handled_by  varchar(100),
    version     int           not null default 0,
    check ((handled_at is null) = (handled_by is null))
);

create index accessibility_feedback_received on accessibility_feedback (received_at desc);
