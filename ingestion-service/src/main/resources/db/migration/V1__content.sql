-- One row per platform item; its captured texts are the versions below.
create table content (
    id          uuid         primary key,
    platform    varchar(32)  not null,
    external_id varchar(256) not null,
    created_at  timestamptz  not null,
    -- Two crawlers pushing the same new item at once must end up with one content row.
    constraint content_platform_external_id_key unique (platform, external_id)
);

create table content_version (
    id            uuid          primary key,
    content_id    uuid          not null references content (id),
    version       integer       not null check (version >= 1),
    text          text          not null,
    url           varchar(2048) not null,
    author_id     varchar(256)  not null,
    author_handle varchar(256),
    posted_at     timestamptz,
    captured_at   timestamptz   not null,
    content_hash  varchar(64)   not null,
    constraint content_version_content_id_version_key unique (content_id, version)
);
