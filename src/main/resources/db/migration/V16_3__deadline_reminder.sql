-- The to-do list's dated items already reminded of by e-mail (notification.ScheduledNotices), so that a person is
-- reminded of each item once per due date. The item is the centre, the kind and the text the person was sent.
create table notification_deadline_reminder (
    app_user_id bigint not null references app_user on delete cascade,
    item        text   not null,
    due_on      date   not null,
    primary key (app_user_id, item, due_on)
);
