-- Per-platform delivery settings managed by an admin. A null retry column means "the service default"
-- (pantau.delivery.*), so a changed default reaches every platform that never chose its own.
alter table platform
    add column language             varchar(2)  not null default 'id',
    add column rate_per_second      integer     not null default 10,
    add column retry_initial_ms     bigint,
    add column retry_max_delay_ms   bigint,
    add column retry_max_total_ms   bigint,
    add column active               boolean     not null default true,
    add column channel_order        varchar(64) not null default 'WEBHOOK,EMAIL',
    -- Secret rotation: the previous secret keeps signing (as a second v1) until previous_valid_until.
    add column previous_secret      text,
    add column previous_valid_until timestamptz,
    add constraint platform_language_known check (language in ('id', 'en')),
    add constraint platform_rate_positive check (rate_per_second > 0);

-- The channel a delivery is on in its current round (null: the platform's first configured channel),
-- and when that round began (its retries stop at round start + the platform's max total).
alter table delivery
    add column channel        varchar(16),
    add column round_started_at timestamptz;
update delivery set round_started_at = coalesce(resent_at, created_at);
