-- What the public directory shows changes with the registry, the published pages and the activities. One
-- row counts those changes: every change raises it in the same transaction, so a page kept in memory under the count
-- it was made from is still right exactly as long as the count is the same, on every instance of Samverka.
create table public_version (
    id    boolean primary key default true check (id),
    value bigint  not null
);
insert into public_version (id, value) values (true, 0);

create function public_version_raise() returns trigger language plpgsql as $$
begin
    update public_version set value = value + 1 where id;
    return null;
end $$;

create trigger centre_history_public_version after insert on centre_history
    for each statement execute function public_version_raise();
create trigger public_page_public_version after insert or update or delete on public_page
    for each statement execute function public_version_raise();
create trigger directory_activity_public_version after insert or update or delete on directory_activity
    for each statement execute function public_version_raise();
