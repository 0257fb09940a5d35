-- E-mail notifications (issue 16). Mail is written to the outbox in the transaction of the change that causes it and
-- sent by a scheduled worker (notification.OutboxWorker): a rolled-back change leaves no row, a mail server that is
-- down only delays the rows. A row is taken with FOR UPDATE SKIP LOCKED, so two instances never send the same row.
-- Mails carry no personal data of families: only centres, agreements, meetings and staff.

create table mail_outbox (
    id              bigint generated always as identity primary key,
    recipient       varchar(254) not null,
    kind            varchar(40)  not null,
    subject         text         not null,
    text_body       text         not null,
    html_body       text         not null,
    status          varchar(10)  not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        integer      not null default 0 check (attempts >= 0),
    next_attempt_at timestamptz  not null,
    created_at      timestamptz  not null,
    sent_at         timestamptz,
    last_error      varchar(500),
    check ((status = 'SENT') = (sent_at is not null))
);

create index mail_outbox_due on mail_outbox (next_attempt_at, id) where status = 'PENDING';
create index mail_outbox_created on mail_outbox (created_at desc, id desc);

-- Each user's choice per kind of notice; a kind without a row is sent at once. A signing request is always sent.
create table notification_preference (
    app_user_id bigint      not null references app_user on delete cascade,
    kind        varchar(40) not null,
    delivery    varchar(12) not null check (delivery in ('IMMEDIATELY', 'DIGEST', 'OFF')),
    primary key (app_user_id, kind),
    check (kind <> 'SIGNING_REQUEST' or delivery = 'IMMEDIATELY')
);

-- Notices waiting for the user's weekly digest; deleted when the digest is written to the outbox.
create table notification_digest_item (
    id          bigint generated always as identity primary key,
    app_user_id bigint      not null references app_user on delete cascade,
    kind        varchar(40) not null,
    summary     text        not null,
    link        text        not null,
    created_at  timestamptz not null
);

create index notification_digest_item_user on notification_digest_item (app_user_id, id);

-- The action points already reminded of before they fall due, so that each is reminded of once per due date.
create table notification_action_point_reminder (
    meeting_id bigint not null,
    position   int    not null,
    due_on     date   not null,
    primary key (meeting_id, position, due_on)
);
