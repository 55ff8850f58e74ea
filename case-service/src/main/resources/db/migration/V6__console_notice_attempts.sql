-- Every delivery attempt notification-service reports on notice.status, kept for the console's case page
-- (the notice row holds only the latest). One row per notice and attempt: a redelivered report adds nothing.
create table notice_attempt (
    notice_id   uuid         not null references notice (id),
    attempt     integer      not null,
    case_id     uuid         not null references takedown_case (id),
    status      varchar(16)  not null,
    channel     varchar(64),
    http_status integer,
    detail      varchar(2000),
    occurred_at timestamptz  not null,
    primary key (notice_id, attempt)
);
create index notice_attempt_case on notice_attempt (case_id, occurred_at);
