-- A re-check of content whose case reached ACTIONED: checked until it is gone or geo-blocked, or until
-- the window has passed with it still there. next_check_at is the persisted schedule; decided_at marks
-- the check whose result was published (content.removal-verified, through the outbox).
create table removal_check (
    case_id          uuid          primary key,
    content_id       uuid          not null,
    platform         varchar(32)   not null,
    external_id      varchar(256)  not null,
    url              varchar(2048),
    posted_at        timestamptz,
    requested_at     timestamptz   not null,
    checks           integer       not null default 0,
    failures         integer       not null default 0,
    next_check_at    timestamptz,
    method           varchar(32),
    last_http_status integer,
    last_detail      varchar(2048),
    result           varchar(32),
    decided_at       timestamptz
);
create index removal_check_due_idx on removal_check (next_check_at) where decided_at is null;
