-- Goals, activities and minute items get stable ids that what refers to them names, instead of their place in a
-- list: Spring Data JDBC writes a plan's goals and a meeting's items anew on every save, so the id is a key the
-- aggregate carries in the row (given by the plan or meeting from a counter, never reused), not the row's own.

-- The operational plan. A goal's key is its place today (follow-ups and corrections named goals by their place,
-- from 0, and a goal could only be removed while neither it nor a later goal was followed up, so today's places are
-- what they named): the logs keep their rows as written, their column now names the key. New goals and activities
-- get the next key of their plan.
alter table plan add column goal_keys int not null default 0 check (goal_keys >= 0);
alter table plan add column activity_keys int not null default 0 check (activity_keys >= 0);

alter table plan_goal add column goal_key int;
update plan_goal set goal_key = position;
alter table plan_goal alter column goal_key set not null;
alter table plan_goal add constraint plan_goal_key unique (plan_id, goal_key);
-- A goal that has been followed up is withdrawn, not removed: it stays with its follow-ups.
alter table plan_goal add column withdrawn boolean not null default false;
alter table plan_goal add constraint plan_goal_withdrawn_unassessed check (not withdrawn or assessment is null);

alter table plan_activity add column activity_key int;
update plan_activity set activity_key = position;
alter table plan_activity alter column activity_key set not null;
alter table plan_activity add constraint plan_activity_key unique (plan_id, activity_key);

update plan set goal_keys = coalesce((select max(goal_key) + 1 from plan_goal where plan_id = plan.id), 0),
                activity_keys = coalesce((select max(activity_key) + 1 from plan_activity where plan_id = plan.id), 0);

alter table plan_follow_up rename column goal to goal_key;
alter table plan_correction rename column goal to goal_key;

-- A follow-up or correction always names a goal of its plan. Checked at commit: a save of the plan deletes and
-- writes its goals again in one transaction, so a goal that has been followed up can never go.
alter table plan_follow_up add constraint plan_follow_up_goal foreign key (plan_id, goal_key)
    references plan_goal (plan_id, goal_key) deferrable initially deferred;
alter table plan_correction add constraint plan_correction_goal foreign key (plan_id, goal_key)
    references plan_goal (plan_id, goal_key) deferrable initially deferred;

-- Meetings. A minute item's key is its § number today (corrections named items by § number): the corrections keep
-- their rows as written, their column now names the key. New items get the next key of their meeting, from 1.
alter table meeting add column item_keys int not null default 0 check (item_keys >= 0);

alter table meeting_minute_item add column item_key int;
update meeting_minute_item set item_key = position + 1;
alter table meeting_minute_item alter column item_key set not null;
alter table meeting_minute_item add constraint meeting_minute_item_key unique (meeting_id, item_key);

update meeting set item_keys = coalesce((select max(item_key) from meeting_minute_item where meeting_id = meeting.id), 0);

alter table meeting_correction rename column item_number to item_key;
-- From now on a correction names an item of its meeting, and a corrected item cannot go. Not checked for the rows
-- before: a correction written before approval could outlive its item, taken back after it.
alter table meeting_correction add constraint meeting_correction_item foreign key (meeting_id, item_key)
    references meeting_minute_item (meeting_id, item_key) deferrable initially deferred not valid;
