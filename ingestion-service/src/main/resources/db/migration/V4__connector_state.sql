-- One row per connector: its checkpoint (the run in progress: keywords, which one, the page to fetch next)
-- and its status. The checkpoint is written in the transaction that stores the page's items, so a crash
-- either keeps both or neither: the next run fetches exactly the page after the last stored one.
create table connector_state (
    connector          varchar(32)  primary key,
    run_started_at     timestamptz,
    run_keywords       text,
    keywords_source    varchar(512),
    keyword_index      integer      not null default 0,
    page_token         varchar(1024),
    search_id          varchar(256),
    window_start       timestamptz,
    window_end         timestamptz,
    last_run_started_at  timestamptz,
    last_run_finished_at timestamptz,
    last_outcome       varchar(32),
    last_error         varchar(2048),
    last_error_at      timestamptz,
    run_items          integer      not null default 0,
    total_items        bigint       not null default 0,
    total_errors       bigint       not null default 0,
    quota_day          date,
    quota_used         integer      not null default 0,
    paused_until       timestamptz
);

-- The two connectors this service has; their checkpoints start empty.
insert into connector_state (connector) values ('tiktok'), ('youtube');
