-- The county's checklists sum every centre's meetings of the year at once and ask of each whether the midwife was
-- there (RB3c): an index of the attendances that count keeps that from reading every attendee of every meeting.
create index meeting_attendee_midwife_present on meeting_attendee (meeting_id)
    where operation = 'MIDWIFE_CLINIC' and present;
