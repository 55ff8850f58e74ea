-- A platform's standing: how often it let an SLA deadline pass and which warning letter it has had.
create table platform_record (
    platform            varchar(32) primary key,
    sla_breaches        integer     not null,
    warning_level       varchar(16) not null,
    last_breach_at      timestamptz not null,
    last_breach_case_id uuid        not null
);

-- Each step of the warning ladder, once per platform and level.
create table platform_warning (
    id           uuid primary key,
    platform     varchar(32) not null references platform_record (platform),
    level        varchar(16) not null,
    breach_count integer     not null,
    case_id      uuid        not null references takedown_case (id),
    issued_at    timestamptz not null,
    constraint platform_warning_once unique (platform, level)
);
