-- A centre's public page in the directory (§8.2): what the coordinator writes for the public (contact, hours,
-- closures, accessibility, languages, texts per base operation) as a draft, and what was last published of it. JSON of
-- se.samverka.directory.PublicInfo; the registry's name, address and operations are not copied here.
create table public_page (
    centre_id    bigint       primary key references centre,
    draft        text         not null,
    published    text,
    published_at timestamptz,
    published_by varchar(100),
    changed_at   timestamptz  not null,
    version      int          not null default 0,
    check ((published is null) = (published_at is null)),
    check ((published is null) = (published_by is null))
);
