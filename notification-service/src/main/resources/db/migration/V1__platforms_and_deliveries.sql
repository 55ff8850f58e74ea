-- Where each platform wants its notices. The signing secret is AES-GCM ciphertext, never plain text.
create table platform (
    id                varchar(32)  primary key,
    display_name      varchar(64)  not null,
    webhook_url       varchar(2048),
    webhook_secret    text,
    updated_at        timestamptz,
    updated_by        varchar(128),
    version           bigint       not null default 0
);

insert into platform (id, display_name) values
    ('tiktok', 'TikTok'),
    ('meta', 'Meta'),
    ('youtube', 'YouTube'),
    ('x', 'X'),
    ('shopee', 'Shopee'),
    ('tokopedia', 'Tokopedia');

-- One row per notice (notice_id is unique: a repeated notice never becomes a second delivery).
-- lease_until / lease_token mark the attempt a worker is making right now; an expired lease means
-- the worker died mid-attempt and any replica may take the delivery again.
create table delivery (
    id                 uuid         primary key,
    notice_id          uuid         not null unique,
    case_id            uuid         not null,
    platform           varchar(32)  not null references platform (id),
    payload            text         not null,
    status             varchar(16)  not null,
    attempts           integer      not null default 0,
    attempts_in_round  integer      not null default 0,
    next_attempt_at    timestamptz,
    lease_until        timestamptz,
    lease_token        uuid,
    last_error         varchar(1024),
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    delivered_at       timestamptz,
    resent_by          varchar(128),
    resent_at          timestamptz,
    version            bigint       not null default 0,
    constraint delivery_status_known check (status in ('PENDING', 'RETRYING', 'DELIVERED', 'FAILED', 'DEAD'))
);
create index delivery_due on delivery (next_attempt_at) where status in ('PENDING', 'RETRYING');

-- The delivery log: one row per attempt, whatever its outcome. id is the attempt's Pantau-Event-Id.
create table delivery_attempt (
    id             uuid          primary key,
    delivery_id    uuid          not null references delivery (id),
    attempt_no     integer       not null,
    attempted_at   timestamptz   not null,
    channel        varchar(16)   not null,
    http_status    integer,
    latency_ms     bigint        not null,
    outcome        varchar(16)   not null,
    error          varchar(1024),
    unique (delivery_id, attempt_no)
);
