-- The per-platform rate limit, shared by every replica: a token bucket per platform that holds at most
-- one second's worth of calls and refills at the platform's rate. Claims take tokens from it with one
-- atomic update (see RateBucketRepository), so the platform never sees more than its rate, however
-- many replicas the HPA runs. last_granted is how many the last update took (RETURNING sees new values only).
create table platform_rate_bucket (
    platform     varchar(32)      primary key,
    tokens       double precision not null,
    refilled_at  timestamptz      not null,
    last_granted integer          not null default 0
);
