-- Shared by every service (shipped in pantau-commons): the transactional outbox and the consumer inbox.
create table outbox_message (
    id           uuid primary key,
    topic        varchar(128) not null,
    message_key  varchar(128) not null,
    type         varchar(128) not null,
    subject      varchar(128) not null,
    payload      text         not null,
    created_at   timestamptz  not null,
    published_at timestamptz
);
create index outbox_message_unpublished on outbox_message (created_at) where published_at is null;

create table processed_event (
    consumer     varchar(128) not null,
    event_id     varchar(128) not null,
    processed_at timestamptz  not null,
    primary key (consumer, event_id)
);
