-- Minutes sent for adjusting: the attendee asked (as the minutes name them), their account's username, and when.
alter table meeting
    add column adjustment_asked_of      varchar(200),
    add column adjustment_asked_account varchar(200),
    add column adjustment_asked_at      timestamptz,
    add constraint meeting_adjustment_asked_whole
        check ((adjustment_asked_of is null) = (adjustment_asked_at is null)
            and (adjustment_asked_of is null) = (adjustment_asked_account is null));
