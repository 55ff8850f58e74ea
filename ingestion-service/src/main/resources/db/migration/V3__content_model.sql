-- The full content model (events content.v1.json): author details, the separate texts, media, reach and
-- language. Every column is nullable: versions stored before this migration and sources that do not know
-- a field leave it empty. Hashtags and media are JSON arrays, written and read only as a whole.
alter table content_version
    add column author_display_name   varchar(256),
    add column author_follower_count bigint check (author_follower_count >= 0),
    add column caption               text,
    add column hashtags              text,
    add column title                 text,
    add column transcript            text,
    add column on_screen_text        text,
    add column media                 text,
    add column views                 bigint check (views >= 0),
    add column likes                 bigint check (likes >= 0),
    add column shares                bigint check (shares >= 0),
    add column comments              bigint check (comments >= 0),
    add column language              varchar(35);
